import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest } from '../../../src/derive/mapLabelLayout';

const box = (r: LabelRequest, p: { left: number; top: number }) => ({ x0: r.x + p.left, y0: r.y + p.top, x1: r.x + p.left + r.width, y1: r.y + p.top + r.height });
const overlaps = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

// Bamako, Ouagadougou and Niamey at a world zoom: three points within 20 pixels.
const SAHEL: LabelRequest[] = [
  { id: 'MLI', x: 100, y: 200, width: 50, height: 24 },
  { id: 'BFA', x: 112, y: 201, width: 110, height: 24 },
  { id: 'NER', x: 118, y: 198, width: 70, height: 24 },
];

describe('placeLabels', () => {
  it('puts a lone label right of its point, touching it, with no leader line', () => {
    const [only] = placeLabels([{ id: 'a', x: 50, y: 50, width: 40, height: 20 }]);
    expect(only).toMatchObject({ left: 9, top: -10, align: 'start', leader: null });
  });

  it('keeps labels of crowded points apart', () => {
    const placed = placeLabels(SAHEL);
    const boxes = placed.map((p, i) => box(SAHEL[i]!, p));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('moves labels away with a leader line when the places next to a point are taken', () => {
    const stacked = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((id) => ({ id, x: 100, y: 100, width: 60, height: 20 }));
    const placed = placeLabels(stacked);
    expect(placed[0]!.leader).toBeNull();
    const far = placed.find((p) => p.leader !== null)!;
    // The leader ends on the label's box, at its nearest point to the place.
    expect(far.leader!.x).toBeGreaterThanOrEqual(far.left);
    expect(far.leader!.x).toBeLessThanOrEqual(far.left + 60);
    expect(far.leader!.y).toBeGreaterThanOrEqual(far.top);
    expect(far.leader!.y).toBeLessThanOrEqual(far.top + 20);
  });

  it('keeps labels inside the bounds, turning to the west near the east edge', () => {
    const [east] = placeLabels([{ id: 'a', x: 290, y: 50, width: 60, height: 20 }], { minX: 0, minY: 0, maxX: 300, maxY: 100 });
    expect(east!.align).toBe('end');
    expect(290 + east!.left).toBeGreaterThanOrEqual(0);
    expect(290 + east!.left + 60).toBeLessThanOrEqual(300);
  });

  it('gives the same placement for the same input', () => {
    expect(placeLabels(SAHEL)).toEqual(placeLabels(SAHEL));
  });
});
