import { describe, expect, it } from 'vitest';
import { createBoxGrid, type GridBox } from '../../../src/derive/boxGrid';

const overlaps = (a: GridBox, b: GridBox) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('createBoxGrid', () => {
  it('finds every box that overlaps a query, whatever cells they span, in the order they were added', () => {
    const grid = createBoxGrid(32);
    let seed = 7;
    const random = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
    const boxes: GridBox[] = Array.from({ length: 300 }, () => {
      const x0 = random() * 900 - 100;
      const y0 = random() * 500 - 50;
      return { x0, y0, x1: x0 + 5 + random() * 150, y1: y0 + 5 + random() * 40 };
    });
    for (const box of boxes) grid.add(box);
    for (let q = 0; q < 100; q++) {
      const x0 = random() * 900 - 100;
      const y0 = random() * 500 - 50;
      const query = { x0, y0, x1: x0 + random() * 120, y1: y0 + random() * 30 };
      const near = grid.near(query);
      const touching = boxes.flatMap((b, i) => (overlaps(b, query) ? [i] : []));
      expect(near.filter((i) => overlaps(boxes[i]!, query))).toEqual(touching);
      expect([...near].sort((a, b) => a - b)).toEqual(near);
    }
  });

  it('answers nothing for a query far from every box', () => {
    const grid = createBoxGrid(50);
    grid.add({ x0: 0, y0: 0, x1: 10, y1: 10 });
    expect(grid.near({ x0: 500, y0: 500, x1: 520, y1: 510 })).toEqual([]);
  });
});

describe('overlapsAny', () => {
  it('answers whether any box overlaps a query over some area, as a scan of every box would', () => {
    const grid = createBoxGrid(40);
    let seed = 3;
    const random = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
    const boxes: GridBox[] = Array.from({ length: 120 }, () => {
      const x0 = random() * 600;
      const y0 = random() * 400;
      return { x0, y0, x1: x0 + 5 + random() * 80, y1: y0 + 5 + random() * 30 };
    });
    for (const b of boxes) grid.add(b);
    for (let q = 0; q < 200; q++) {
      const x0 = random() * 650 - 25;
      const y0 = random() * 450 - 25;
      const query = { x0, y0, x1: x0 + random() * 60, y1: y0 + random() * 25 };
      expect(grid.overlapsAny(query)).toBe(boxes.some((b) => overlaps(b, query)));
    }
  });

  it('does not count boxes that only touch along an edge', () => {
    const grid = createBoxGrid(10);
    grid.add({ x0: 0, y0: 0, x1: 10, y1: 10 });
    expect(grid.overlapsAny({ x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false);
    expect(grid.overlapsAny({ x0: 9, y0: 9, x1: 20, y1: 20 })).toBe(true);
  });
});
