import { describe, expect, it } from 'vitest';
import { toTimeline } from '../../../src/derive/toTimeline';
import { articleDataset } from '../../fixtures/datasetBuilder';
import type { DatasetEvent } from '../../../src/data/indexDataset';

const event = (id: string, date?: string, endDate?: string): DatasetEvent => ({
  id,
  date,
  endDate,
  title: { fr: id, en: id },
  actors: [],
  evidence: [{ source: 's' }],
});

describe('toTimeline', () => {
  it('places events oldest first, inside the frame', () => {
    const layout = toTimeline(articleDataset().events, 600);
    const dates = layout.marks.map((m) => m.event.date!);
    expect(dates).toEqual([...dates].sort());
    for (const mark of layout.marks) {
      expect(mark.x).toBeGreaterThanOrEqual(16);
      expect(mark.x2).toBeLessThanOrEqual(600 - 16);
    }
  });

  it('puts marks that would touch on separate lanes', () => {
    const layout = toTimeline([event('a', '2024-01-01'), event('b', '2024-01-02'), event('c', '2020-01-01')], 400);
    const lanes = Object.fromEntries(layout.marks.map((m) => [m.event.id, m.lane]));
    expect(lanes.c).toBe(0);
    expect(lanes.a).toBe(0);
    expect(lanes.b).toBe(1);
    expect(layout.lanes).toBe(2);
  });

  it('leaves out undated events and copes with none', () => {
    expect(toTimeline([event('x')], 400)).toEqual({ marks: [], ticks: [], lanes: 0 });
  });

  it('thins year ticks on a narrow axis so labels never touch', () => {
    const wide = toTimeline(articleDataset().events, 1000).ticks;
    const narrow = toTimeline(articleDataset().events, 300).ticks;
    expect(narrow.length).toBeLessThan(wide.length);
    for (let i = 1; i < narrow.length; i++) expect(narrow[i]!.x - narrow[i - 1]!.x).toBeGreaterThanOrEqual(40);
  });

  it('gives a span to a multi-day event', () => {
    const layout = toTimeline([event('v', '2024-02-28', '2024-03-29'), event('w', '2023-01-01')], 800);
    const v = layout.marks.find((m) => m.event.id === 'v')!;
    expect(v.x2).toBeGreaterThan(v.x);
  });
});
