import { describe, expect, it } from 'vitest';
import { annotationProblems, bodyWordCount, isActorId, loadCorpus } from '../../../scripts/evalDraft/corpus';

const corpus = loadCorpus();

describe('the draft evaluation corpus', () => {
  it('holds at least 22 articles, about half in French and half in English', () => {
    const fr = corpus.filter((a) => a.annotation.lang === 'fr').length;
    const en = corpus.filter((a) => a.annotation.lang === 'en').length;
    expect(fr + en).toBeGreaterThanOrEqual(22);
    expect(Math.abs(fr - en)).toBeLessThanOrEqual(2);
  });

  it('has articles of 150 to 400 words, the title left out', () => {
    const outOfRange = corpus
      .map((a) => `${a.name} ${bodyWordCount(a.text)}`)
      .filter((line) => {
        const words = Number(line.split(' ')[1]);
        return words < 150 || words > 400;
      });
    expect(outOfRange).toEqual([]);
  });

  it('annotates every article with valid ids, sectors, statuses and dates, and quotes found word for word in the article', () => {
    expect(corpus.flatMap(annotationProblems)).toEqual([]);
  });
});

describe('the corpus checks', () => {
  it('take ISO alpha-3 codes and the organizations the extractor knows as actor ids, and nothing else', () => {
    expect(['MLI', 'RUS', 'UN', 'ECOWAS', 'AES'].every(isActorId)).toBe(true);
    expect(['Mali', 'XYZ', 'WAGNER', 'mli'].some(isActorId)).toBe(false);
  });

  it('report a quote that is not in the article, an unknown sector and an unknown status', () => {
    const article = {
      name: 'sample.en',
      text: 'Title\nMali signed a deal with Russia.',
      annotation: {
        lang: 'en' as const,
        date: null,
        focus: 'MLI',
        relations: [
          { actors: ['MLI', 'RUS'] as [string, string], sector: 'space', status: 'signed' as never, quote: 'Mali signed a pact' },
        ],
      },
    };
    expect(annotationProblems(article)).toEqual([
      'sample.en: relation 0 (MLI–RUS) has the unknown sector space',
      'sample.en: relation 0 (MLI–RUS) has the unknown status signed',
      'sample.en: relation 0 (MLI–RUS) quotes words that are not in the article: "Mali signed a pact"',
    ]);
  });
});
