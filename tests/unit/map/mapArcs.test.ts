import { describe, expect, it } from 'vitest';
import { toArcLatLngs } from '../../../src/derive/mapArcs';
import type { LatLng } from '../../../src/derive/geoTypes';

const BAMAKO: LatLng = [12.65, -8];
const MOSCOW: LatLng = [55.752, 37.616];
const NEW_YORK: LatLng = [40.749, -73.968];

describe('toArcLatLngs', () => {
  it('starts at the first place and ends exactly at the second', () => {
    const arc = toArcLatLngs(BAMAKO, MOSCOW);
    expect(arc[0]).toEqual(BAMAKO);
    expect(arc.at(-1)).toEqual(MOSCOW);
    expect(arc).toHaveLength(49);
  });

  it('bends to the left of the direction of travel: north of the chord going east', () => {
    const arc = toArcLatLngs([0, 0], [0, 40]);
    const [midLat, midLon] = arc[24]!;
    expect(midLon).toBeCloseTo(20, 5);
    expect(midLat).toBeGreaterThan(3);
  });

  it('bends further for a longer link, in proportion', () => {
    const short = toArcLatLngs([0, 0], [0, 10])[24]![0];
    const long = toArcLatLngs([0, 0], [0, 40])[24]![0];
    expect(long / short).toBeGreaterThan(3.5);
  });

  it('makes no jump between consecutive points, even going west across the Atlantic', () => {
    const arc = toArcLatLngs(BAMAKO, NEW_YORK);
    for (let i = 1; i < arc.length; i++) {
      expect(Math.abs(arc[i]![1] - arc[i - 1]![1])).toBeLessThan(5);
      expect(Math.abs(arc[i]![0] - arc[i - 1]![0])).toBeLessThan(5);
    }
  });

  it('collapses to the place itself when both ends are the same place', () => {
    for (const point of toArcLatLngs(BAMAKO, BAMAKO, { segments: 4 })) {
      expect(point[0]).toBeCloseTo(BAMAKO[0], 9);
      expect(point[1]).toBeCloseTo(BAMAKO[1], 9);
    }
  });
});
