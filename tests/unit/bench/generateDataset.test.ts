import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, SIZES, generateClaimsDataset, generateDataset } from '../../../bench/generateDataset.mjs';
import { indexDataset } from '../../../src/data/indexDataset';
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

  describe('the benchmark dataset of version 2', () => {
    it('is the same, byte for byte, for the same seed, and another for another seed', () => {
      const a = JSON.stringify(generateClaimsDataset({ ...SIZES.medium, seed: 7 }));
      expect(JSON.stringify(generateClaimsDataset({ ...SIZES.medium, seed: 7 }))).toBe(a);
      expect(JSON.stringify(generateClaimsDataset({ ...SIZES.medium, seed: 8 }))).not.toBe(a);
    });

    for (const [name, size] of Object.entries(SIZES)) {
      it(`makes a ${name} dataset of ${size.actors} actors and ${size.partnerships} ties among any actors, with dated claims, periods, changes and disagreements`, () => {
        const json = generateClaimsDataset({ ...size, seed: DEFAULT_SEED });
        const shaped = parseDatasetJson(JSON.parse(JSON.stringify(json)));
        expect(shaped.ok ? [] : shaped.issues).toEqual([]);
        if (!shaped.ok) return;
        expect(shaped.value.schemaVersion).toBe(2);
        expect(checkIntegrity(shaped.value, new Map())).toEqual([]);
        expect(shaped.value.actors).toHaveLength(size.actors);
        expect(shaped.value.partnerships).toHaveLength(size.partnerships);
        const focus = shaped.value.focus!;
        const elsewhere = shaped.value.partnerships.filter((p) => !p.actors.includes(focus)).length;
        expect(elsewhere / size.partnerships).toBeGreaterThan(0.3);
        // Every actor has a tie, so every one is drawn.
        const tied = new Set(shaped.value.partnerships.flatMap((p) => p.actors));
        expect(shaped.value.actors.every((a) => tied.has(a.id))).toBe(true);
        const claims = shaped.value.partnerships.flatMap((p) => p.evidence);
        expect(claims.some((c) => c.endDate !== undefined)).toBe(true);
        expect(claims.some((c) => c.date === undefined)).toBe(true);
        const indexed = indexDataset(shaped.value, new Map());
        expect(indexed.partnerships).toHaveLength(size.partnerships);
        expect(indexed.partnerships.filter((p) => p.disagreement !== null).length).toBeGreaterThan(size.partnerships * 0.03);
        expect(indexed.partnerships.some((p) => p.until !== null)).toBe(true);
        expect(new Set(indexed.partnerships.map((p) => p.status))).toEqual(new Set(STATUSES));
      });
    }
  });
});
