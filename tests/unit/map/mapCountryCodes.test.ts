import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import countries from 'i18n-iso-countries';
import { actorCountryCode, mapCountriesWithoutPolygon, toAlpha3 } from '../../../src/derive/mapCountryCodes';
import { toWorld } from '../../../src/geo/loadWorld';
import { indexDataset } from '../../../src/data/indexDataset';
import { articleDataset, tinyV2 } from '../../fixtures/datasetBuilder';

const world110 = toWorld('110m', JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')));

describe('toAlpha3', () => {
  it('joins world-atlas numeric ids to alpha-3 codes', () => {
    expect(toAlpha3('466')).toBe('MLI');
    expect(toAlpha3('643')).toBe('RUS');
    expect(toAlpha3('792')).toBe('TUR');
    expect(toAlpha3('854')).toBe('BFA');
  });

  it('gives the alpha-3 code i18n-iso-countries gives for every numeric code, as a number or zero-padded text', () => {
    const numerics = Object.keys(countries.getNumericCodes());
    expect(numerics.length).toBeGreaterThan(240);
    for (const numeric of numerics) {
      expect(toAlpha3(numeric), numeric).toBe(countries.numericToAlpha3(numeric));
      expect(toAlpha3(Number(numeric)), numeric).toBe(countries.numericToAlpha3(numeric));
    }
    expect(toAlpha3('999')).toBeUndefined();
  });

  it('gives no code for a feature with no id', () => {
    expect(toAlpha3(undefined)).toBeUndefined();
    expect(toAlpha3('')).toBeUndefined();
  });
});

describe('the join of the geometry and the dataset', () => {
  it('is on codes, not names: Türkiye is found although world-atlas calls it Turkey', () => {
    const turkey = world110.countries.find((c) => c.properties.code === 'TUR')!;
    expect(turkey.properties.name).toBe('Turkey');
    expect(actorCountryCode(articleDataset().actorById.get('TUR')!)).toBe('TUR');
  });

  it('finds a polygon for every country of the shipped dataset, and ignores organizations and people', () => {
    expect(mapCountriesWithoutPolygon(articleDataset(), world110.codes)).toEqual([]);
    expect(actorCountryCode(articleDataset().actorById.get('UN')!)).toBeUndefined();
  });

  it('reports a dataset country that has no polygon', () => {
    const tiny = indexDataset(tinyV2(), new Map());
    expect(mapCountriesWithoutPolygon(tiny, world110.codes).map((a) => a.id)).toEqual(['AAA', 'BBB']);
  });

  it('keeps the features with no id (such as Kosovo) as uncoded background', () => {
    const uncoded = world110.countries.filter((c) => !c.properties.code).map((c) => c.properties.name);
    expect(uncoded).toEqual(expect.arrayContaining(['Kosovo', 'Somaliland']));
  });
});
