import type { Status } from '../../src/model/statuses';

/**
 * How strictly a drafted partnership must agree with the annotation to count: the two actors
 * (in either order), then also the sector, then also the status.
 */
export const LEVELS = ['pair', 'pairSector', 'pairSectorStatus'] as const;
export type Level = (typeof LEVELS)[number];

/** A partnership as it is scored, whether annotated by hand or drafted. */
export interface ScoredRelation {
  actors: readonly [string, string];
  sector: string;
  status: Status;
}

export interface Count {
  truePositives: number;
  predicted: number;
  expected: number;
}

export interface LevelScore extends Count {
  /** Drafted but not annotated, as keys (`MLI RUS security active`). */
  falsePositives: string[];
  /** Annotated but not drafted. */
  misses: string[];
}

export interface QuoteCount {
  verbatim: number;
  total: number;
}

export interface ArticleScore {
  levels: Record<Level, LevelScore>;
  quotes: QuoteCount;
}

/** A relation's identity at one level; the actors are sorted, so a pair is unordered. */
export function relationKey(relation: ScoredRelation, level: Level): string {
  const parts = [...relation.actors].sort();
  if (level !== 'pair') parts.push(relation.sector);
  if (level === 'pairSectorStatus') parts.push(relation.status);
  return parts.join(' ');
}

/**
 * Scores one article. Each side is reduced to its distinct keys first, so an annotation that
 * quotes two sentences for the same relation, or a draft that proposes it twice, counts once.
 */
export function scoreArticle(expected: readonly ScoredRelation[], predicted: readonly ScoredRelation[], quotes: QuoteCount): ArticleScore {
  const levels = {} as Record<Level, LevelScore>;
  for (const level of LEVELS) {
    const wanted = new Set(expected.map((r) => relationKey(r, level)));
    const found = new Set(predicted.map((r) => relationKey(r, level)));
    const truePositives = [...found].filter((k) => wanted.has(k)).length;
    levels[level] = {
      truePositives,
      predicted: found.size,
      expected: wanted.size,
      falsePositives: [...found].filter((k) => !wanted.has(k)).sort(),
      misses: [...wanted].filter((k) => !found.has(k)).sort(),
    };
  }
  return { levels, quotes };
}

/**
 * Precision of a count. A draft that proposes nothing is not precise by default: its precision is
 * 0 unless there was nothing to find.
 */
export function precision(count: Count): number {
  if (count.predicted === 0) return count.expected === 0 ? 1 : 0;
  return count.truePositives / count.predicted;
}

/** Recall of a count; with nothing to find, nothing was missed. */
export function recall(count: Count): number {
  return count.expected === 0 ? 1 : count.truePositives / count.expected;
}

/** The share of drafted quotes found word for word in their article; 1 when there is none. */
export function verbatimShare(quotes: QuoteCount): number {
  return quotes.total === 0 ? 1 : quotes.verbatim / quotes.total;
}

/** The figures reported for a set of articles, rounded to three decimals, by name. */
export type Figures = Record<string, number>;

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Precision and recall at each level, and the verbatim share of quotes, over several articles.
 * Counts are summed before dividing (micro-average), so a long article weighs more than a short one.
 */
export function summarize(scores: readonly ArticleScore[]): Figures {
  const figures: Figures = {};
  for (const level of LEVELS) {
    const total: Count = { truePositives: 0, predicted: 0, expected: 0 };
    for (const s of scores) {
      total.truePositives += s.levels[level].truePositives;
      total.predicted += s.levels[level].predicted;
      total.expected += s.levels[level].expected;
    }
    figures[`${level}.precision`] = round(precision(total));
    figures[`${level}.recall`] = round(recall(total));
  }
  const quotes = scores.reduce((q, s) => ({ verbatim: q.verbatim + s.quotes.verbatim, total: q.total + s.quotes.total }), {
    verbatim: 0,
    total: 0,
  });
  figures['quotes.verbatim'] = round(verbatimShare(quotes));
  return figures;
}

/** A figure that moved beyond the tolerance, with where it was and where it is. */
export interface Change {
  group: string;
  figure: string;
  baseline: number;
  current: number;
}

/**
 * Compares figures, grouped (overall, per language), with a stored baseline. A figure missing
 * from the baseline is new and counts as risen; one missing from the current figures counts as 0.
 */
export function compareWithBaseline(
  current: Readonly<Record<string, Figures>>,
  baseline: Readonly<Record<string, Figures>>,
  tolerance = 0.001,
): { lower: Change[]; higher: Change[] } {
  const lower: Change[] = [];
  const higher: Change[] = [];
  const groups = new Set([...Object.keys(current), ...Object.keys(baseline)]);
  for (const group of groups) {
    const names = new Set([...Object.keys(current[group] ?? {}), ...Object.keys(baseline[group] ?? {})]);
    for (const figure of names) {
      const was = baseline[group]?.[figure];
      const now = current[group]?.[figure] ?? 0;
      if (was === undefined) higher.push({ group, figure, baseline: 0, current: now });
      else if (now < was - tolerance) lower.push({ group, figure, baseline: was, current: now });
      else if (now > was + tolerance) higher.push({ group, figure, baseline: was, current: now });
    }
  }
  return { lower, higher };
}
