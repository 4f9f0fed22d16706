import { scaleUtc } from 'd3';
import type { DatasetEvent } from '../data/indexDataset';

export interface TimelineMark {
  event: DatasetEvent;
  x: number;
  /** The end of a multi-day event, or x. */
  x2: number;
  /** Row of the mark, so marks closer than `minGap` do not sit on one another. */
  lane: number;
}

export interface TimelineLayout {
  marks: TimelineMark[];
  ticks: { x: number; label: string }[];
  lanes: number;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Places dated events on a time axis `width` pixels wide, oldest first. Events without a date
 * are left out (they have no place on an axis); marks that would overlap go to the next lane.
 */
export function toTimeline(events: readonly DatasetEvent[], width: number, margin = 16, minGap = 14): TimelineLayout {
  // ISO dates sort as plain strings, and ids only need a fixed order: no collator (whose data
  // the first one of a page loads) is needed.
  const dated = events
    .filter((e): e is DatasetEvent & { date: string } => Boolean(e.date))
    .sort((a, b) => byCodePoint(a.date, b.date) || byCodePoint(a.id, b.id));
  if (dated.length === 0) return { marks: [], ticks: [], lanes: 0 };
  const first = day(dated[0]!.date);
  const last = day(dated.reduce((max, e) => ((e.endDate ?? e.date) > max ? (e.endDate ?? e.date) : max), dated[0]!.date));
  const span = Math.max(last.getTime() - first.getTime(), 86_400_000 * 30);
  // A little room on both sides so the first and last marks are not cut by the frame.
  const pad = span * 0.03;
  const x = scaleUtc()
    .domain([new Date(first.getTime() - pad), new Date(first.getTime() + span + pad)])
    .range([margin, Math.max(margin + 1, width - margin)]);

  const laneEnds: number[] = [];
  const marks = dated.map((event) => {
    const x1 = x(day(event.date));
    const x2 = event.endDate ? x(day(event.endDate)) : x1;
    let lane = laneEnds.findIndex((end) => x1 - end >= minGap);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = x2;
    return { event, x: x1, x2, lane };
  });

  // Year ticks only, thinned to one every few years when the axis is narrow, so labels never touch.
  const [from, to] = x.domain() as [Date, Date];
  const years: number[] = [];
  for (let y = from.getUTCFullYear() + 1; y <= to.getUTCFullYear(); y++) years.push(y);
  const perYear = years.length > 0 ? x(day(`${years[0]! + 1}-01-01`)) - x(day(`${years[0]}-01-01`)) : width;
  const step = Math.max(1, Math.ceil(40 / perYear));
  const ticks = years.filter((y) => y % step === 0).map((y) => ({ x: x(day(`${y}-01-01`)), label: String(y) }));
  return { marks, ticks, lanes: laneEnds.length };
}
