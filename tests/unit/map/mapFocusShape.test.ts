import { describe, expect, it } from 'vitest';
import { boxTouchesShape, toPlacedShape } from '../../../src/derive/mapFocusShape';
import { clipArcAtShape, toArcLatLngs } from '../../../src/derive/mapArcs';
import { BAMAKO, PARIS, countryShape } from '../../fixtures/worldShapes';

const MOSCOW: [number, number] = [55.752, 37.616];

describe('toFocusShape', () => {
  it("frames the polygon that holds the capital: France's mainland, not French Guiana", () => {
    const france = countryShape('FRA', PARIS);
    expect(france.polygons.length).toBeGreaterThan(1);
    expect(france.extent.west).toBeGreaterThan(-6);
    expect(france.extent.east).toBeLessThan(10);
    expect(france.extent.south).toBeGreaterThan(41);
  });

  it('boxes Mali from the Atlantic side of Kayes to Kidal', () => {
    const { extent } = countryShape('MLI', BAMAKO);
    expect(extent.west).toBeCloseTo(-12.2, 0);
    expect(extent.east).toBeCloseTo(4.3, 0);
  });
});

describe('boxTouchesShape', () => {
  // A square from (10, 10) to (50, 50) with a square hole from (20, 20) to (40, 40).
  const shape = toPlacedShape([
    [
      [
        [10, 10],
        [50, 10],
        [50, 50],
        [10, 50],
      ],
      [
        [20, 20],
        [40, 20],
        [40, 40],
        [20, 40],
      ],
    ],
  ]);

  it('finds a box inside the shape, across its edge, or around it whole', () => {
    expect(boxTouchesShape({ x0: 12, y0: 12, x1: 18, y1: 18 }, shape)).toBe(true);
    expect(boxTouchesShape({ x0: 45, y0: 30, x1: 70, y1: 35 }, shape)).toBe(true);
    expect(boxTouchesShape({ x0: 0, y0: 0, x1: 60, y1: 60 }, shape)).toBe(true);
  });

  it('leaves a box outside it, or inside its hole', () => {
    expect(boxTouchesShape({ x0: 60, y0: 0, x1: 90, y1: 60 }, shape)).toBe(false);
    expect(boxTouchesShape({ x0: 25, y0: 25, x1: 35, y1: 35 }, shape)).toBe(false);
  });
});

describe('clipArcAtShape', () => {
  const mali = countryShape('MLI', BAMAKO).polygons;
  const rings = mali.map((polygon) => polygon.map((ring) => ring.map(([lat, lon]) => [lon, lat] as const)));
  const inMali = ([lat, lon]: [number, number]) =>
    rings.some((polygon) => {
      let inside = false;
      for (const ring of polygon) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi, yi] = ring[i]!;
          const [xj, yj] = ring[j]!;
          if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
        }
      }
      return inside;
    });

  it("starts the link from Bamako to Moscow at Mali's border, and keeps the rest of its arc", () => {
    const arc = toArcLatLngs(BAMAKO, MOSCOW);
    const clipped = clipArcAtShape(arc, mali);
    expect(clipped.length).toBeLessThan(arc.length);
    expect(clipped.at(-1)).toEqual(MOSCOW);
    expect(clipped.slice(1)).toEqual(arc.slice(arc.length - clipped.length + 1));
    // The first point lies on the border: a step back along the arc is inside, a step on is not.
    const [start, next] = [clipped[0]!, clipped[1]!];
    const along = (t: number): [number, number] => [start[0] + (next[0] - start[0]) * t, start[1] + (next[1] - start[1]) * t];
    expect(inMali(along(-0.02))).toBe(true);
    expect(inMali(along(0.02))).toBe(false);
  });

  it('keeps whole an arc that does not start inside the shape, or ends inside it', () => {
    const outside = toArcLatLngs(MOSCOW, [48.867, 2.333]);
    expect(clipArcAtShape(outside, mali)).toBe(outside);
    const within = toArcLatLngs(BAMAKO, [16.77, -3.0]);
    expect(clipArcAtShape(within, mali)).toBe(within);
  });
});
