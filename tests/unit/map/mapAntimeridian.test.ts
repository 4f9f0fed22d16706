import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { fixAntimeridian, fixRing, hasAntimeridianJump } from '../../../src/derive/mapAntimeridian';
import { toWorld } from '../../../src/geo/loadWorld';

const world110 = toWorld('110m', JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')));
const byCode = (code: string) => world110.countries.find((c) => c.properties.code === code)!;
const east = (f: Feature) =>
  Math.max(
    ...JSON.stringify(f.geometry)
      .match(/-?\d+(\.\d+)?(?=,)/g)!
      .map(Number),
  );

describe('fixRing', () => {
  it('moves the western half of a ring that jumps across the antimeridian one turn east', () => {
    const fiji = [
      [179, -16],
      [-179.5, -16.5],
      [-179.8, -17],
      [178.5, -17.5],
      [179, -16],
    ];
    expect(fixRing(fiji)).toEqual([
      [179, -16],
      [180.5, -16.5],
      [180.2, -17],
      [178.5, -17.5],
      [179, -16],
    ]);
  });

  it('leaves a ring that does not cross the antimeridian as it is', () => {
    const mali = [
      [-12, 14],
      [4, 15],
      [4, 11],
      [-12, 14],
    ];
    expect(fixRing(mali)).toBe(mali);
  });
});

describe('fixAntimeridian on world-atlas 110m', () => {
  it('leaves no ring that jumps across the antimeridian, except Antarctica', () => {
    const jumping = world110.countries.filter(hasAntimeridianJump).map((c) => c.properties.code);
    expect(jumping).toEqual(['ATA']);
  });

  it('makes Russia and Fiji continuous, reaching past +180 where they truly lie', () => {
    expect(east(byCode('RUS'))).toBeGreaterThan(180);
    expect(east(byCode('FJI'))).toBeGreaterThan(180);
    expect(east(byCode('MLI'))).toBeLessThan(10);
  });

  it('does not touch Antarctica, whose ring follows the antimeridian on purpose', () => {
    const ring: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [-180, -90],
          [180, -90],
          [180, -84],
          [-180, -84],
          [-180, -90],
        ],
      ],
    };
    const antarctica: Feature<Polygon> = { type: 'Feature', id: '010', properties: {}, geometry: ring };
    expect(fixAntimeridian(antarctica)).toBe(antarctica);
  });
});
