import { describe, expect, it } from 'vitest';
import { linkExit, placeEdgeMarkers, type EdgeMarker, type EdgeRequest } from '../../../src/derive/mapEdgeMarkers';

const SIZE = { width: 400, height: 300 };
const request = (id: string, x: number, y: number, width = 90): EdgeRequest => ({ id, x, y, width, height: 24 });
const labelBox = (m: EdgeMarker, width = 90) => ({ x0: m.x + m.left, y0: m.y + m.top, x1: m.x + m.left + width, y1: m.y + m.top + 24 });
const overlaps = (a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('placeEdgeMarkers', () => {
  it('marks a place far to the west on the left border, its arrow pointing west and its label inside the map', () => {
    const [west] = placeEdgeMarkers([request('UN', -900, 140)], SIZE, []);
    expect(west).toMatchObject({ side: 'left', compass: 'west', shown: true, align: 'start' });
    expect(west!.x).toBeLessThan(5);
    expect(Math.abs(west!.angle)).toBeGreaterThan(Math.PI * 0.9);
    const box = labelBox(west!);
    expect(box.x0).toBeGreaterThan(west!.x);
    expect(box.x1).toBeLessThanOrEqual(SIZE.width);
  });

  it('names the direction as a map reads: north is up', () => {
    const [north, southEast] = placeEdgeMarkers([request('a', 200, -500), request('b', 900, 800)], SIZE, []);
    expect(north).toMatchObject({ side: 'top', compass: 'north' });
    expect(southEast!.compass).toBe('southEast');
  });

  it('slides markers of places in the same direction apart, and around what lies inside the map', () => {
    const obstacle = { x0: 0, y0: 130, x1: 120, y1: 160 };
    const markers = placeEdgeMarkers([request('a', -900, 150), request('b', -900, 152), request('c', -900, 148)], SIZE, [obstacle]);
    const boxes = markers.map((m) => labelBox(m));
    expect(markers.every((m) => m.shown)).toBe(true);
    for (let i = 0; i < boxes.length; i++) {
      expect(overlaps(boxes[i]!, obstacle)).toBe(false);
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    }
  });

  it('puts the marker where the place’s link leaves the map, at the end of its line', () => {
    const [marker] = placeEdgeMarkers([{ ...request('CHN', 900, 40), exit: { x: 400, y: 210 } }], SIZE, []);
    expect(marker!.side).toBe('right');
    expect(marker!.y).toBeCloseTo(210, 6);
    expect(marker!.align).toBe('end');
  });

  it('hides the markers a full side has no room for, keeping the first ones', () => {
    const many = Array.from({ length: 20 }, (_, i) => request(`p${i}`, -900, 150));
    const markers = placeEdgeMarkers(many, SIZE, []);
    expect(markers[0]!.shown).toBe(true);
    expect(markers.filter((m) => m.shown).length).toBeLessThan(20);
    expect(markers.at(-1)!.shown).toBe(false);
  });
});

describe('linkExit', () => {
  it('finds where a line leaves the map, and nothing for a line that starts outside or stays in', () => {
    expect(
      linkExit(
        [
          { x: 100, y: 100 },
          { x: 300, y: 100 },
          { x: 500, y: 200 },
        ],
        SIZE,
      ),
    ).toEqual({ x: 400, y: 150 });
    expect(
      linkExit(
        [
          { x: -10, y: 100 },
          { x: 300, y: 100 },
        ],
        SIZE,
      ),
    ).toBeNull();
    expect(
      linkExit(
        [
          { x: 10, y: 100 },
          { x: 300, y: 100 },
        ],
        SIZE,
      ),
    ).toBeNull();
  });
});
