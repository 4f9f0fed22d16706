import { describe, expect, it } from 'vitest';
import { draftArticle, evaluateCorpus } from '../../../../scripts/evalDraft/evaluateCorpus';
import { formatArticles, formatFigures } from '../../../../scripts/evalDraft/report';
import type { CorpusArticle } from '../../../../scripts/evalDraft/corpus';

const ARTICLE: CorpusArticle = {
  name: 'sample.fr',
  text: 'Le Niger et la Russie\nLe Niger a mis fin à la présence militaire américaine. Le Niger a signé un accord militaire avec la Russie.',
  annotation: {
    lang: 'fr',
    date: null,
    focus: 'NER',
    relations: [
      { actors: ['NER', 'USA'], sector: 'security', status: 'ended', quote: 'Le Niger a mis fin à la présence militaire américaine.' },
      { actors: ['NER', 'RUS'], sector: 'security', status: 'active', quote: 'Le Niger a signé un accord militaire avec la Russie.' },
      { actors: ['RUS', 'USA'], sector: 'trade', status: 'potential', quote: 'Le Niger et la Russie' },
    ],
  },
};

describe('drafting an article for scoring', () => {
  it('turns each candidate into the pair of the focus and its partner, and counts its sentences as verbatim quotes', () => {
    const drafted = draftArticle(ARTICLE.text);
    expect(drafted.focus).toBe('NER');
    expect(drafted.relations).toEqual([
      { actors: ['NER', 'USA'], sector: 'security', status: 'ended' },
      { actors: ['NER', 'RUS'], sector: 'security', status: 'active' },
    ]);
    expect(drafted.quotes).toEqual({ verbatim: 2, total: 2 });
  });
});

describe('evaluating a corpus', () => {
  const result = evaluateCorpus([ARTICLE]);

  it('gives figures overall and per language, with the share of main countries chosen as annotated', () => {
    expect(Object.keys(result.figures)).toEqual(['all', 'fr', 'en']);
    expect(result.figures.all).toMatchObject({ 'pair.precision': 1, 'pair.recall': 0.667, 'quotes.verbatim': 1, 'focus.right': 1 });
  });

  it('prints a row per level, and per article the relations it missed', () => {
    expect(formatFigures(result)).toMatch(/partner pair[\s\S]*pair \+ sector[\s\S]*pair \+ sector \+ status/);
    expect(formatArticles(result)).toContain('annotated, missed:      RUS USA trade potential');
  });
});
