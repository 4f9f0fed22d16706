import { describe, expect, it } from 'vitest';
import { mergeDatasets, pairKey } from '../../../src/data/mergeDatasets';
import { mergeIntoDataset } from '../../../src/data/mergeIntoDataset';
import { parseDatasetJson } from '../../../src/data/parseDatasetJson';
import { checkIntegrity } from '../../../src/data/checkIntegrity';
import { indexDataset } from '../../../src/data/indexDataset';
import type { DatasetJson, EvidenceJson, PartnershipJson } from '../../../src/data/schema';
import { STATUSES } from '../../../src/model/statuses';
import { shippedDataset, shippedJson } from '../../fixtures/datasetBuilder';

/** A small deterministic generator (mulberry32): the same seed gives the same datasets on every run. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick };
}

const COUNTRIES = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF'];
const SECTOR_NAMES = ['Security', 'Energy', 'Trade'];
const DATES = ['2019-01-01', '2021-06-15', '2023-03-16', '2024-02-28', undefined];

/** A valid version 2 dataset drawn from the seed: overlapping ids, names and claims, so that merges match, clash and add. */
function randomDataset(seed: number): DatasetJson {
  const { next, pick } = seeded(seed);
  // The first two countries are always there, so that every dataset has a pair to draw.
  const actors = COUNTRIES.filter((_, i) => i < 2 || next() < 0.7).map((id) => ({
    id,
    kind: 'country' as const,
    name: { fr: `Pays ${id}`, en: `Country ${id}` },
    iso3: id,
  }));
  const sectors = ['s1', 's2', 's3']
    .filter(() => next() < 0.8)
    .map((id) => {
      const name = pick(SECTOR_NAMES);
      return { id, name: { fr: name, en: name } };
    });
  if (sectors.length === 0) sectors.push({ id: 's1', name: { fr: 'Security', en: 'Security' } });
  const uniqueSectors = sectors.filter((s, i) => sectors.findIndex((o) => o.name.en === s.name.en) === i);
  const sources = ['src1', 'src2', 'src3'].map((id) => ({ id, title: `${id} ${pick(['one', 'two'])}`, language: 'en' }));
  const partnerships: PartnershipJson[] = [];
  const keys = new Set<string>();
  for (let i = 0; i < 8; i++) {
    const a = pick(actors).id;
    const b = pick(actors).id;
    const sector = pick(uniqueSectors).id;
    if (a === b || keys.has(pairKey([a, b], sector))) continue;
    keys.add(pairKey([a, b], sector));
    const evidence: EvidenceJson[] = [];
    for (let j = 0; j < 1 + Math.floor(next() * 3); j++) {
      const date = pick(DATES);
      evidence.push({
        source: pick(sources).id,
        quote: `${a} and ${b} quote ${pick(['x', 'y'])}`,
        status: pick(STATUSES),
        ...(date && { date }),
      });
    }
    partnerships.push({ id: `p${i}`, actors: [a, b], sector, summary: { fr: 'Résumé', en: 'Summary' }, evidence });
  }
  return {
    schemaVersion: 2,
    id: `d${seed}`,
    title: { fr: 'Données', en: 'Data' },
    sources,
    actors,
    sectors: uniqueSectors,
    partnerships,
    events: [],
  };
}

const SEEDS = Array.from({ length: 200 }, (_, i) => i + 1);

/** Every claim of a dataset, in words that survive renamed ids: pair and sector by name, source by title. */
function claimWords(json: DatasetJson): Set<string> {
  const actor = new Map(json.actors.map((a) => [a.id, a.name.en]));
  const sector = new Map(json.sectors.map((s) => [s.id, s.name.en]));
  const source = new Map(json.sources.map((s) => [s.id, s.title]));
  return new Set(
    json.partnerships.flatMap((p) => {
      const pair = p.actors.map((id) => actor.get(id)).sort();
      return p.evidence.map((c) => [...pair, sector.get(p.sector), source.get(c.source), c.quote, c.status, c.date].join('|'));
    }),
  );
}

describe('merging a dataset into another', () => {
  it('changes nothing when a dataset is merged with itself, whatever the dataset', () => {
    for (const seed of SEEDS) {
      const json = randomDataset(seed);
      expect(mergeDatasets(json, structuredClone(json)).json, `seed ${seed}`).toEqual(json);
    }
    const shipped = shippedJson();
    expect(mergeDatasets(shipped, structuredClone(shipped)).json).toEqual(shipped);
  });

  it('loses no evidence: every claim of either side is in the result, whatever the two datasets', () => {
    for (const seed of SEEDS) {
      const current = randomDataset(seed);
      const incoming = randomDataset(seed * 7919);
      const merged = claimWords(mergeDatasets(current, incoming).json);
      for (const claim of [...claimWords(current), ...claimWords(incoming)]) expect(merged, `seed ${seed}`).toContain(claim);
    }
  });

  it('gives a dataset that passes the same checks as any load, whatever the two datasets', () => {
    for (const seed of SEEDS) {
      const merged = mergeDatasets(randomDataset(seed), randomDataset(seed + 1000)).json;
      const parsed = parseDatasetJson(merged);
      expect(parsed.ok, `seed ${seed}`).toBe(true);
      if (parsed.ok) expect(checkIntegrity(parsed.value, new Map()), `seed ${seed}`).toEqual([]);
    }
  });

  it('is all or nothing: a merge that fails leaves both datasets as they were and says where it fails', () => {
    for (const seed of SEEDS.slice(0, 50)) {
      const current = indexDataset(randomDataset(seed), new Map());
      const incoming = indexDataset(randomDataset(seed + 50), new Map());
      const before = structuredClone([current.json, incoming.json]);
      // Judging both actors of an incoming partnership to be one actor makes a partnership with itself.
      const p = incoming.json.partnerships[0];
      if (!p) continue;
      const result = mergeIntoDataset(current, incoming, new Map([[p.actors[1], p.actors[0]]]));
      expect(result.ok, `seed ${seed}`).toBe(false);
      if (!result.ok) expect(result.issues.map((i) => i.problem.code)).toContain('partnershipWithItself');
      expect([current.json, incoming.json]).toEqual(before);
    }
  });

  it('renames an id that means another thing, and every reference follows', () => {
    const current = randomDataset(3);
    const incoming = structuredClone(current);
    incoming.sources = incoming.sources.map((s) => (s.id === 'src1' ? { ...s, title: 'Another document' } : s));
    const merged = mergeDatasets(current, incoming).json;
    expect(merged.sources.map((s) => s.id)).toEqual(['src1', 'src2', 'src3', 'src1-2']);
    const cites = incoming.partnerships.flatMap((p) => p.evidence).filter((c) => c.source === 'src1').length;
    expect(merged.partnerships.flatMap((p) => p.evidence).filter((c) => c.source === 'src1-2')).toHaveLength(cites);
  });

  it('matches actors by code and partnerships by their pair in either order, adding only the claims that are new', () => {
    const current = shippedJson();
    const incoming: DatasetJson = {
      schemaVersion: 2,
      id: 'other',
      title: { fr: 'Autre', en: 'Other' },
      sources: [{ id: 'news', title: 'A newspaper', language: 'en' }],
      actors: [
        { id: 'tur', kind: 'country', name: { fr: 'Turquie', en: 'Turkey' }, iso3: 'TUR' },
        { id: 'MLI', kind: 'country', name: { fr: 'Mali', en: 'Mali' }, iso3: 'MLI' },
      ],
      sectors: [{ id: 'security', name: { fr: 'Sécurité', en: 'Security' } }],
      partnerships: [
        {
          id: 'tur-mli',
          actors: ['tur', 'MLI'],
          sector: 'security',
          summary: { fr: 'S', en: 'S' },
          evidence: [{ source: 'news', quote: 'Drones.', status: 'active', date: '2024-05-01' }],
        },
      ],
      events: [],
    };
    const merged = mergeDatasets(current, incoming).json;
    expect(merged.actors).toHaveLength(current.actors.length);
    expect(merged.partnerships).toHaveLength(current.partnerships.length);
    const tie = merged.partnerships.find((p) => p.id === 'mli-tur-security')!;
    expect(tie.evidence.at(-1)).toEqual({ source: 'news', quote: 'Drones.', status: 'active', date: '2024-05-01' });
    expect(mergeDatasets(merged, incoming).json).toEqual(merged);
  });

  it('keeps the source texts of both sides, so the quotes of the shipped article still check', () => {
    const shipped = shippedDataset();
    const result = mergeIntoDataset(shipped, shipped, new Map());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.json).toEqual(shipped.json);
  });
});
