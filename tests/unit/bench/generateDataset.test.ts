import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, SIZES, generateDataset } from '../../../bench/generateDataset.mjs';
import { parseDatasetJson } from '../../../src/data/parseDatasetJson';
import { checkIntegrity } from '../../../src/data/checkIntegrity';
import { parseDatasetText } from '../../../src/data/loadDataset';
import { STATUSES } from '../../../src/model/statuses';

describe('generateDataset', () => {
  it('gives the same dataset, byte for byte, for the same seed', () => {
    const a = JSON.stringify(generateDataset({ ...SIZES.medium, seed: 7 }));
    const b = JSON.stringify(generateDataset({ ...SIZES.medium, seed: 7 }));
    expect(a).toBe(b);
  });

  it('gives another dataset for another seed', () => {
    const a = JSON.stringify(generateDataset({ ...SIZES.medium, seed: 7 }));
    const b = JSON.stringify(generateDataset({ ...SIZES.medium, seed: 8 }));
    expect(a).not.toBe(b);
  });

  for (const [name, size] of Object.entries(SIZES)) {
    it(`makes a ${name} dataset of ${size.actors} actors and ${size.partnerships} partnerships that passes the validator`, async () => {
      const json = generateDataset({ ...size, seed: DEFAULT_SEED });
      const shaped = parseDatasetJson(JSON.parse(JSON.stringify(json)));
      expect(shaped.ok ? [] : shaped.issues).toEqual([]);
      if (!shaped.ok) return;
      expect(checkIntegrity(shaped.value, new Map())).toEqual([]);
      expect(shaped.value.actors).toHaveLength(size.actors);
      expect(shaped.value.partnerships).toHaveLength(size.partnerships);
      expect(new Set(shaped.value.partnerships.map((p) => p.evidence[0]!.status))).toEqual(new Set(STATUSES));
      expect(new Set(shaped.value.actors.map((a) => a.kind))).toEqual(new Set(['country', 'organization', 'person']));
      expect(shaped.value.sectors.map((s) => s.id).slice(0, 5)).toEqual(['security', 'energy', 'transport', 'agriculture', 'education']);
      expect(shaped.value.partnerships.every((p) => p.actors[0] === shaped.value.focus)).toBe(true);
      // The whole loading road (parse, validate, check, index) accepts it too.
      const loaded = await parseDatasetText(`${name}.json`, JSON.stringify(json), `http://localhost/${name}.json`);
      expect(loaded.ok ? [] : loaded.issues).toEqual([]);
    });
  }
});
