import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { migrateV1 } from '../../../src/data/migrateV1';
import { parseDatasetJson } from '../../../src/data/parseDatasetJson';
import type { DatasetJson, DatasetJsonV1, EvidenceJsonV1 } from '../../../src/data/schema';
import { tinyJson } from '../../fixtures/datasetBuilder';
import { trustDataset } from '../../e2e/fixtures/trustData';
import { DEFAULT_SEED, SIZES, generateDataset } from '../../../bench/generateDataset.mjs';

/** Back to version 1: possible for a migrated file, whose quotes share their partnership's status and carry no date. */
function backToV1(json: DatasetJson): DatasetJsonV1 {
  const { partnerships, focus, ...rest } = json;
  if (focus === undefined) throw new Error('a version 1 file has a focus');
  return {
    ...rest,
    schemaVersion: 1,
    focus,
    partnerships: partnerships.map(({ evidence, ...p }) => {
      const statuses = new Set(evidence.map((e) => e.status));
      if (statuses.size !== 1 || evidence.some((e) => e.date || e.endDate)) throw new Error(`${p.id} cannot go back to version 1`);
      return { ...p, status: evidence[0]!.status, evidence: evidence.map(({ status: _s, ...quote }) => quote as EvidenceJsonV1) };
    }),
  };
}

const V1_FIXTURES: [string, () => DatasetJsonV1][] = [
  ['the tiny dataset', tinyJson],
  ['the trust dataset', () => trustDataset()],
  ['the benchmark medium dataset', () => generateDataset({ ...SIZES.medium, seed: DEFAULT_SEED }) as DatasetJsonV1],
  ['the first shipped dataset', () => JSON.parse(readFileSync('tests/fixtures/shipped-v1.json', 'utf8')) as DatasetJsonV1],
];

describe('a version 1 file', () => {
  it.each(V1_FIXTURES)('%s round-trips through version 2 with nothing lost', (_name, make) => {
    const v1 = make();
    expect(backToV1(migrateV1(v1))).toEqual(v1);
  });

  it.each(V1_FIXTURES)('%s loads as the same version 2 dataset as its migration', (_name, make) => {
    const v1 = make();
    const parsed = parseDatasetJson(v1);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    if (parsed.ok) expect(parsed.value).toEqual(migrateV1(v1));
  });

  it('gives each quote its partnership status and no date, so its source date stands for it', () => {
    const v2 = migrateV1(tinyJson());
    expect(v2.schemaVersion).toBe(2);
    expect(v2.partnerships[1]!.evidence).toEqual([
      { source: 's1', quote: 'The organization left.', translation: { en: 'The organization left.' }, status: 'ended' },
    ]);
  });
});
