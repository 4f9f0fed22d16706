import { describe, expect, it } from 'vitest';
import {
  annotationProblems,
  bodyWordCount,
  isActorId,
  loadCorpus,
  loadHeldout,
  type CorpusArticle,
} from '../../../scripts/evalDraft/corpus';

const corpus = loadCorpus();
const heldout = loadHeldout();

/** The articles whose body, the title left out, has fewer than `min` or more than `max` words. */
const outOfLength = (articles: CorpusArticle[], min: number, max: number) =>
  articles.map((a) => ({ name: a.name, words: bodyWordCount(a.text) })).filter((a) => a.words < min || a.words > max);

describe('the draft evaluation corpus', () => {
  it('holds at least 22 articles, about half in French and half in English', () => {
    const fr = corpus.filter((a) => a.annotation.lang === 'fr').length;
    const en = corpus.filter((a) => a.annotation.lang === 'en').length;
    expect(fr + en).toBeGreaterThanOrEqual(22);
    expect(Math.abs(fr - en)).toBeLessThanOrEqual(2);
  });

  it('has articles of 150 to 400 words, the title left out', () => {
    expect(outOfLength(corpus, 150, 400)).toEqual([]);
  });

  it('annotates every article with valid ids, sectors, statuses and dates, and quotes found word for word in the article', () => {
    expect(corpus.flatMap(annotationProblems)).toEqual([]);
  });
});

describe('the held-out set', () => {
  it('holds ten articles, five in French and five in English, none of them in the corpus the rules are tuned on', () => {
    expect(heldout.filter((a) => a.annotation.lang === 'fr')).toHaveLength(5);
    expect(heldout.filter((a) => a.annotation.lang === 'en')).toHaveLength(5);
    const tuned = new Set(corpus.map((a) => a.text));
    expect(heldout.filter((a) => tuned.has(a.text)).map((a) => a.name)).toEqual([]);
  });

  it('has articles of 150 to 350 words, the title left out', () => {
    expect(outOfLength(heldout, 150, 350)).toEqual([]);
  });

  it('annotates every article as the corpus does, with quotes found word for word in the article', () => {
    expect(heldout.flatMap(annotationProblems)).toEqual([]);
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
