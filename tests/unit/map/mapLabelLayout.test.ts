import { describe, expect, it } from 'vitest';
import { placeLabels, placeShownLabels, type MapLabelRequest } from '../../../src/derive/mapLabelLayout';

const box = (r: MapLabelRequest, p: { left: number; top: number }) => ({
  x0: r.x + p.left,
  y0: r.y + p.top,
  x1: r.x + p.left + r.width,
  y1: r.y + p.top + r.height,
});
const overlaps = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

// Bamako, Ouagadougou and Niamey at a world zoom: three points within 20 pixels.
const SAHEL: MapLabelRequest[] = [
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

describe('placeLabels in a crowd', () => {
  const inside = (b: ReturnType<typeof box>, bounds: { minX: number; minY: number; maxX: number; maxY: number }) =>
    b.x0 >= bounds.minX && b.y0 >= bounds.minY && b.x1 <= bounds.maxX && b.y1 <= bounds.maxY;

  it('labels hundreds of crowded places with no two labels overlapping and none across the edge of the map', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
    const bounds = { minX: 4, minY: 4, maxX: 561, maxY: 553 };
    const requests: MapLabelRequest[] = Array.from({ length: 250 }, (_, i) => ({
      id: `p${i}`,
      x: 60 + random() * 450,
      y: 120 + random() * 260,
      width: 50 + Math.round(random() * 120),
      height: 24,
      required: i === 0,
    }));
    const placed = placeLabels(requests, bounds);
    const shown = placed.flatMap((p, i) => (p.shown ? [box(requests[i]!, p)] : []));
    expect(placed[0]!.shown, 'the focus is always labelled').toBe(true);
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThan(250);
    for (const b of shown) expect(inside(b, bounds)).toBe(true);
    for (let i = 0; i < shown.length; i++) for (let j = i + 1; j < shown.length; j++) expect(overlaps(shown[i]!, shown[j]!)).toBe(false);
    // An unlabelled place still has a position for its label on demand, inside the map.
    for (const [i, p] of placed.entries()) if (!p.shown) expect(inside(box(requests[i]!, p), bounds)).toBe(true);
  });

  it('leaves a place unlabelled rather than cover another label or point, the more important place keeping its label', () => {
    // Every position of the second label either covers the first or leaves the map.
    const bounds = { minX: 50, minY: 0, maxX: 200, maxY: 60 };
    const [first, second] = placeLabels(
      [
        { id: 'big', x: 100, y: 30, width: 80, height: 24 },
        { id: 'small', x: 80, y: 30, width: 80, height: 24 },
      ],
      bounds,
    );
    expect(first).toMatchObject({ shown: true, leader: null });
    expect(second!.shown).toBe(false);
  });

  it('leaves unlabelled a place whose label cannot fit inside the map, instead of cutting it at the edge', () => {
    const [edge] = placeLabels([{ id: 'a', x: 40, y: 50, width: 260, height: 20 }], { minX: 0, minY: 0, maxX: 300, maxY: 100 });
    expect(edge!.shown).toBe(false);
  });

  it('leaves unlabelled a place whose point lies outside the map, even where its label would fit', () => {
    const [outside] = placeLabels([{ id: 'a', x: -20, y: 50, width: 60, height: 20 }], { minX: 0, minY: 0, maxX: 300, maxY: 100 });
    expect(outside!.shown).toBe(false);
  });

  it('still labels the focus when every free position covers another point, on the side covering least', () => {
    const ring = Array.from({ length: 40 }, (_, i) => ({
      id: `r${i}`,
      x: 100 + 30 * Math.cos(i / 6),
      y: 100 + 30 * Math.sin(i / 6),
      width: 10,
      height: 10,
    }));
    const [focus] = placeLabels([{ id: 'focus', x: 100, y: 100, width: 60, height: 24, required: true }, ...ring]);
    expect(focus!.shown).toBe(true);
  });
});

describe('placeLabels around the focus’s country', () => {
  // A country 200 pixels wide whose capital lies 30 pixels in from its west side.
  const country = { x0: 70, y0: 40, x1: 270, y1: 200 };
  const onCountry = (b: { x0: number; y0: number; x1: number; y1: number }) =>
    b.x0 < country.x1 && country.x0 < b.x1 && b.y0 < country.y1 && country.y0 < b.y1;
  const capital = { id: 'focus', x: 100, y: 120, width: 50, height: 24, required: true, around: country };

  it('puts the focus’s label beside its country, not on it, with a leader line to its capital', () => {
    const [focus] = placeLabels([capital], { minX: 0, minY: 0, maxX: 400, maxY: 300 }, onCountry);
    expect(focus!.shown).toBe(true);
    expect(onCountry(box(capital, focus!))).toBe(false);
    expect(focus!.leader).not.toBeNull();
  });

  it('keeps partners’ labels off the country, leaving one unlabelled rather than over it', () => {
    // A country from the map's top to its bottom; a point deep in it has no free position within reach.
    const tall = { x0: 70, y0: 0, x1: 300, y1: 300 };
    const onTall = (b: { x0: number; y0: number; x1: number; y1: number }) =>
      b.x0 < tall.x1 && tall.x0 < b.x1 && b.y0 < tall.y1 && tall.y0 < b.y1;
    const inside = { id: 'p', x: 180, y: 150, width: 60, height: 24 };
    const beside = { id: 'q', x: 330, y: 150, width: 60, height: 24 };
    const [, p, q] = placeLabels([{ ...capital, around: tall }, inside, beside], { minX: 0, minY: 0, maxX: 400, maxY: 300 }, onTall);
    expect(p!.shown).toBe(false);
    expect(q!.shown).toBe(true);
    expect(onTall(box(beside, q!))).toBe(false);
  });

  it('labels the focus on its country only when nothing beside it is inside the map', () => {
    const [focus] = placeLabels([capital], { minX: 70, minY: 40, maxX: 270, maxY: 200 }, onCountry);
    expect(focus!.shown).toBe(true);
  });
});

describe('placeShownLabels', () => {
  const focus = { id: 'focus', x: 100, y: 30, width: 80, height: 24 };
  const near = { id: 'near', x: 80, y: 30, width: 80, height: 24 };
  const bounds = { minX: 50, minY: 0, maxX: 200, maxY: 60 };
  const whole = new Map(placeLabels([focus, near], bounds).map((p) => [p.id, p]));

  it("keeps a shown place's label where the whole dataset put it, and leaves a crowded one unlabelled", () => {
    expect(placeShownLabels([focus, near], whole, bounds)).toEqual([whole.get('focus'), whole.get('near')]);
    expect(whole.get('near')!.shown).toBe(false);
  });

  it('labels a place that the whole dataset left unlabelled once a filter leaves it room', () => {
    const [alone] = placeShownLabels([near], whole, bounds);
    expect(alone).toMatchObject({ id: 'near', shown: true, leader: null });
  });
});
