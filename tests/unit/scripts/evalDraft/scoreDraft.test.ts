import { describe, expect, it } from 'vitest';
import {
  compareWithBaseline,
  precision,
  recall,
  relationKey,
  scoreArticle,
  summarize,
  verbatimShare,
  type ScoredRelation,
} from '../../../../scripts/evalDraft/scoreDraft';

const rel = (a: string, b: string, sector: string, status: ScoredRelation['status']): ScoredRelation => ({
  actors: [a, b],
  sector,
  status,
});
const ALL_QUOTES = { verbatim: 2, total: 2 };

describe('the key of a relation', () => {
  it('is the same whichever order the two actors are given in', () => {
    expect(relationKey(rel('RUS', 'MLI', 'security', 'active'), 'pair')).toBe(relationKey(rel('MLI', 'RUS', 'energy', 'ended'), 'pair'));
  });

  it('adds the sector, then the status, at the stricter levels', () => {
    const r = rel('RUS', 'MLI', 'security', 'active');
    expect([relationKey(r, 'pair'), relationKey(r, 'pairSector'), relationKey(r, 'pairSectorStatus')]).toEqual([
      'MLI RUS',
      'MLI RUS security',
      'MLI RUS security active',
    ]);
  });
});

describe('scoring one article', () => {
  it('counts a right pair with a wrong status as right at the first two levels only', () => {
    const score = scoreArticle([rel('MLI', 'RUS', 'security', 'active')], [rel('RUS', 'MLI', 'security', 'exploring')], ALL_QUOTES);
    expect([score.levels.pair.truePositives, score.levels.pairSector.truePositives, score.levels.pairSectorStatus.truePositives]).toEqual([
      1, 1, 0,
    ]);
    expect(score.levels.pairSectorStatus.falsePositives).toEqual(['MLI RUS security exploring']);
    expect(score.levels.pairSectorStatus.misses).toEqual(['MLI RUS security active']);
  });

  it('counts a relation annotated twice, or drafted twice, once', () => {
    const twice = [rel('MLI', 'RUS', 'security', 'active'), rel('RUS', 'MLI', 'security', 'active')];
    const score = scoreArticle(twice, twice, ALL_QUOTES);
    expect(score.levels.pairSectorStatus).toMatchObject({ truePositives: 1, predicted: 1, expected: 1 });
  });

  it('counts two sectors of one pair as one pair and two pair-sectors', () => {
    const score = scoreArticle([rel('MLI', 'TUR', 'security', 'active'), rel('MLI', 'TUR', 'trade', 'active')], [], ALL_QUOTES);
    expect([score.levels.pair.expected, score.levels.pairSector.expected]).toEqual([1, 2]);
  });
});

describe('precision, recall and the verbatim share', () => {
  it('divide the right ones by what was drafted and by what was annotated', () => {
    const count = { truePositives: 3, predicted: 4, expected: 6 };
    expect([precision(count), recall(count)]).toEqual([0.75, 0.5]);
  });

  it('give a draft that proposes nothing a precision of 0 when there was something to find', () => {
    expect(precision({ truePositives: 0, predicted: 0, expected: 2 })).toBe(0);
    expect(precision({ truePositives: 0, predicted: 0, expected: 0 })).toBe(1);
  });

  it('give full recall when there was nothing to find', () => {
    expect(recall({ truePositives: 0, predicted: 3, expected: 0 })).toBe(1);
  });

  it('count no quote as all quotes verbatim', () => {
    expect([verbatimShare({ verbatim: 0, total: 0 }), verbatimShare({ verbatim: 3, total: 4 })]).toEqual([1, 0.75]);
  });
});

describe('the figures of several articles', () => {
  it('sum the counts before dividing, so a long article weighs more, and round to three decimals', () => {
    const long = scoreArticle(
      [rel('A1', 'B1', 'trade', 'active'), rel('A2', 'B2', 'trade', 'active'), rel('A3', 'B3', 'trade', 'active')],
      [rel('A1', 'B1', 'trade', 'active'), rel('A2', 'B2', 'trade', 'active')],
      { verbatim: 2, total: 2 },
    );
    const short = scoreArticle([rel('C', 'D', 'trade', 'active')], [rel('C', 'E', 'trade', 'active')], { verbatim: 0, total: 1 });
    const figures = summarize([long, short]);
    expect(figures['pair.precision']).toBe(0.667);
    expect(figures['pair.recall']).toBe(0.5);
    expect(figures['quotes.verbatim']).toBe(0.667);
  });
});

describe('the comparison with the baseline', () => {
  const baseline = { all: { 'pair.precision': 0.8, 'pair.recall': 0.5 } };

  it('reports a figure that fell by more than the tolerance as lower', () => {
    const { lower, higher } = compareWithBaseline({ all: { 'pair.precision': 0.798, 'pair.recall': 0.5 } }, baseline);
    expect(lower).toEqual([{ group: 'all', figure: 'pair.precision', baseline: 0.8, current: 0.798 }]);
    expect(higher).toEqual([]);
  });

  it('lets a figure move within the tolerance pass unreported', () => {
    expect(compareWithBaseline({ all: { 'pair.precision': 0.7995, 'pair.recall': 0.5005 } }, baseline)).toEqual({ lower: [], higher: [] });
  });

  it('reports a figure that rose, and one the baseline lacks, as higher', () => {
    const { lower, higher } = compareWithBaseline({ all: { 'pair.precision': 0.9, 'pair.recall': 0.5, 'quotes.verbatim': 1 } }, baseline);
    expect(lower).toEqual([]);
    expect(higher.map((c) => c.figure)).toEqual(['pair.precision', 'quotes.verbatim']);
  });

  it('counts a figure that is no longer computed as fallen to 0', () => {
    expect(compareWithBaseline({ all: { 'pair.precision': 0.8 } }, baseline).lower).toEqual([
      { group: 'all', figure: 'pair.recall', baseline: 0.5, current: 0 },
    ]);
  });
});
