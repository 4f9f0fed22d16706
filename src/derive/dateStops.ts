import { changeDates } from '../data/claimTimeline';
import type { Dataset } from '../data/indexDataset';

/**
 * The dates a date control stops at: every date where some partnership's timeline moves, and the
 * first of January of each year between the first and the last of them, in order. A slider over
 * these shows every change, and a year with no change still has a stop of its own.
 */
export function dateStops(dataset: Dataset): string[] {
  const changes = new Set(dataset.partnerships.flatMap((p) => changeDates(p.claims)));
  if (changes.size === 0) return [];
  const sorted = [...changes].sort();
  const first = Number(sorted[0]!.slice(0, 4));
  const last = Number(sorted.at(-1)!.slice(0, 4));
  for (let year = first + 1; year <= last; year++) changes.add(`${year}-01-01`);
  return [...changes].sort();
}

/**
 * The index of the stop a year after (`direction` 1) or before (-1) the stop at `index`: the last
 * stop on or before the same day a year ahead or a year back, and at least one stop away.
 */
export function stopAYearAway(stops: readonly string[], index: number, direction: 1 | -1): number {
  const from = stops[index];
  if (from === undefined) return index;
  const target = `${Number(from.slice(0, 4)) + direction}${from.slice(4)}`;
  if (direction === 1) {
    let next = index + 1;
    while (next + 1 < stops.length && stops[next + 1]! <= target) next++;
    return Math.min(next, stops.length - 1);
  }
  return Math.max(Math.min(index - 1, stopAtOrBefore(stops, target)), 0);
}

/** The index of the last stop on or before `date`, or 0 when every stop is after it. */
export function stopAtOrBefore(stops: readonly string[], date: string): number {
  let found = 0;
  stops.forEach((stop, i) => {
    if (stop <= date) found = i;
  });
  return found;
}
