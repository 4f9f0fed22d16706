import { describe, expect, it } from 'vitest';
import { computeNetworkLabels, overlaps, type NetworkLabelRequest } from '../../../src/derive/computeNetworkLabels';
import { estimateNetworkLabelWidth } from '../../../src/derive/networkMetrics';

const label = (id: string, x: number, y: number, priority = 1, width = 60): NetworkLabelRequest => ({
  id,
  x,
  y,
  radius: 8,
  width,
  priority,
});

describe('computeNetworkLabels', () => {
  it('puts a lone label centred under its node', () => {
    const placed = computeNetworkLabels([label('a', 100, 100)], [], 300, 300).get('a');
    expect(placed).toMatchObject({ anchor: 'middle', x: 100 });
    expect(placed!.box.y0).toBeGreaterThan(108);
  });

  it('moves a label above its node when below would leave the drawing', () => {
    const placed = computeNetworkLabels([label('a', 100, 290)], [], 300, 300).get('a');
    expect(placed!.box.y1).toBeLessThan(290 - 8);
  });

  it('moves a label off another node, and two crowded labels off each other', () => {
    const labels = [label('top', 100, 100, 2), label('under', 100, 126, 1)];
    const placed = computeNetworkLabels(labels, [], 300, 300);
    const top = placed.get('top')!;
    const under = placed.get('under')!;
    expect(overlaps(top.box, under.box)).toBe(false);
    expect(overlaps(top.box, { x0: 92, y0: 118, x1: 108, y1: 134 })).toBe(false);
  });

  it('keeps room between two names side by side, so they never read as one', () => {
    const placed = computeNetworkLabels([label('a', 100, 100, 2), label('b', 162, 100, 1)], [], 300, 300);
    const a = placed.get('a')!.box;
    const b = placed.get('b')!.box;
    const apart = b.x0 - a.x1 >= 12 || a.x0 - b.x1 >= 12 || b.y0 >= a.y1 || a.y0 >= b.y1;
    expect(apart).toBe(true);
  });

  it('prefers a place that no edge crosses', () => {
    const edgeDown: [number, number, number, number] = [100, 100, 100, 250];
    const placed = computeNetworkLabels([label('a', 100, 100)], [edgeDown], 300, 300).get('a')!;
    expect(placed.box.x0 > 100 || placed.box.x1 < 100 || placed.box.y1 < 100).toBe(true);
  });

  it('avoids a long edge that passes under a node from one side of the drawing to the other', () => {
    const across: [number, number, number, number] = [2, 320, 598, 321];
    const placed = computeNetworkLabels([label('a', 300, 300)], [across], 600, 600).get('a')!;
    expect(placed.box.y1 < 320 || placed.box.y0 > 321).toBe(true);
  });

  it('leaves out a minor label that has no free place, but always places the most important one', () => {
    // In a 95x70 drawing, every place for the second 90-pixel label is off the edge or on the first.
    const crowd = [label('focus', 50, 35, 10, 90), label('minor', 54, 36, 1, 90)];
    const placed = computeNetworkLabels(crowd, [], 95, 70);
    expect(placed.get('focus')).not.toBeNull();
    expect(placed.get('minor')).toBeNull();
  });

  it('estimates wider text for capitals and bold, narrower for thin letters', () => {
    expect(estimateNetworkLabelWidth('AAAA')).toBeGreaterThan(estimateNetworkLabelWidth('aaaa'));
    expect(estimateNetworkLabelWidth('illi')).toBeLessThan(estimateNetworkLabelWidth('oooo'));
    expect(estimateNetworkLabelWidth('Mali', 13, true)).toBeGreaterThan(estimateNetworkLabelWidth('Mali', 13));
  });
});
