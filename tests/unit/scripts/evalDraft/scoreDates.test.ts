import { describe, expect, it } from 'vitest';
import { scoreDates, sumDates } from '../../../../scripts/evalDraft/scoreDates';

describe('scoring relation dates', () => {
  it('counts an annotated date found when a drafted relation of the same pair and sector carries it exactly', () => {
    const annotated = [
      { actors: ['MLI', 'RUS'] as const, sector: 'security', dates: ['2023'] },
      { actors: ['MLI', 'TUR'] as const, sector: 'security', dates: ['2024-03'] },
      { actors: ['MLI', 'CHN'] as const, sector: 'mining', dates: ['2024-11-03'] },
      { actors: ['MLI', 'FRA'] as const, sector: 'security', dates: [] },
    ];
    const drafted = [
      { actors: ['RUS', 'MLI'] as const, sector: 'security', dates: ['2024-02-28', '2023'] },
      { actors: ['MLI', 'TUR'] as const, sector: 'security', dates: ['2024-03-11'] },
    ];
    expect(scoreDates(annotated, drafted)).toEqual({ found: 1, drafted: 2, annotated: 3 });
  });

  it('adds up the counts of several articles', () => {
    expect(
      sumDates([
        { found: 1, drafted: 2, annotated: 3 },
        { found: 0, drafted: 1, annotated: 4 },
      ]),
    ).toEqual({ found: 1, drafted: 3, annotated: 7 });
  });
});
