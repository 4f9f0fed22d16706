import { describe, expect, it } from 'vitest';
import { matrixRowIdOf, toSectorBreakdown, toSectorCounts } from '../../../src/derive/toSectorBreakdown';
import { filterPartnerships } from '../../../src/derive/filterPartnerships';
import { indexDataset } from '../../../src/data/indexDataset';
import { articleDataset, tinyJson, TINY_TEXT } from '../../fixtures/datasetBuilder';
import { EMPTY_FILTERS } from '../../../src/model/filters';
import { migrateV1 } from '../../../src/data/migrateV1';
import { parseDatasetJson } from '../../../src/data/parseDatasetJson';
import { statusRank, type Status } from '../../../src/model/statuses';
import { DEFAULT_SEED, SIZES, generateClaimsDataset } from '../../../bench/generateDataset.mjs';

const dataset = articleDataset();

describe('toSectorCounts', () => {
  it('counts the partnerships of each sector by status, strongest first', () => {
    const counts = toSectorCounts(dataset.sectors, dataset.partnerships);
    const security = counts.find((c) => c.sector.id === 'security')!;
    expect(security.total).toBe(7);
    expect(security.segments.map((s) => [s.status, s.count])).toEqual([
      ['active', 1],
      ['emerging', 2],
      ['potential', 2],
      ['ended', 2],
    ]);
    expect(counts.find((c) => c.sector.id === 'energy')!.segments.map((s) => [s.status, s.count])).toEqual([['exploring', 1]]);
  });

  it('stacks the segments end to end from zero up to the total', () => {
    for (const count of toSectorCounts(dataset.sectors, dataset.partnerships)) {
      let at = 0;
      for (const s of count.segments) {
        expect(s.from).toBe(at);
        expect(s.to - s.from).toBe(s.count);
        expect(s.partnershipIds).toHaveLength(s.count);
        at = s.to;
      }
      expect(at).toBe(count.total);
    }
  });

  it('keeps every sector in dataset order, with a total of 0 where no partnership passes', () => {
    const security = filterPartnerships(dataset, { ...EMPTY_FILTERS, sectors: ['security'] });
    const counts = toSectorCounts(dataset.sectors, security);
    expect(counts.map((c) => c.sector.id)).toEqual(['security', 'energy', 'transport', 'agriculture', 'education']);
    expect(counts.map((c) => c.total)).toEqual([7, 0, 0, 0, 0]);
    expect(counts[1]!.segments).toEqual([]);
  });
});

describe('toSectorBreakdown', () => {
  it('gives one row per partner, closest first: strongest status, then most sectors, then name', () => {
    const fr = toSectorBreakdown(dataset, dataset.partnerships, 'fr');
    expect(fr.rows.map((r) => r.label)).toEqual(['Russie', 'Burkina Faso', 'Niger', 'Chine', 'Turquie', 'France', 'Nations unies']);
    const en = toSectorBreakdown(dataset, dataset.partnerships, 'en');
    expect(en.rows.map((r) => r.label)).toEqual(['Russia', 'Burkina Faso', 'Niger', 'China', 'Türkiye', 'France', 'United Nations']);
    expect(fr.rows.map((r) => r.strongest)).toEqual(['active', 'emerging', 'emerging', 'potential', 'potential', 'ended', 'ended']);
  });

  it('places each partnership in its sector column and leaves the other cells empty', () => {
    const { rows, sectors } = toSectorBreakdown(dataset, dataset.partnerships, 'fr');
    const russia = rows[0]!;
    expect(russia.cells.map((c) => c?.id ?? null)).toEqual(sectors.map((s) => `mli-rus-${s.id}`));
    const niger = rows.find((r) => r.id === 'NER')!;
    expect(niger.cells.map((c) => c?.status ?? null)).toEqual(['emerging', null, null, null, null]);
    expect(niger.pick).toEqual({ kind: 'actor', id: 'NER' });
  });

  it('follows the partnerships it is given and keeps all sector columns', () => {
    const energy = filterPartnerships(dataset, { ...EMPTY_FILTERS, sectors: ['energy'] });
    const { rows, sectors } = toSectorBreakdown(dataset, energy, 'fr');
    expect(rows.map((r) => r.id)).toEqual(['RUS']);
    expect(sectors).toHaveLength(5);
    expect(rows[0]!.cells.filter(Boolean)).toHaveLength(1);
  });

  it('borrows the rows and the bars of a breakdown given to reuse wherever they are unchanged', () => {
    const whole = toSectorBreakdown(dataset, dataset.partnerships, 'fr');
    const energy = toSectorBreakdown(dataset, filterPartnerships(dataset, { ...EMPTY_FILTERS, sectors: ['energy'] }), 'fr', whole);
    expect(energy.rows[0]).not.toBe(whole.rows[0]);
    expect(energy.counts[1]).toBe(whole.counts[1]);
    expect(energy.counts[0]).not.toBe(whole.counts[0]);
    const fresh = toSectorBreakdown(dataset, filterPartnerships(dataset, { ...EMPTY_FILTERS, sectors: ['energy'] }), 'fr');
    expect(energy).toEqual(fresh);
    const strong = toSectorBreakdown(
      dataset,
      filterPartnerships(dataset, { ...EMPTY_FILTERS, statuses: ['active', 'exploring'] }),
      'fr',
      whole,
    );
    expect(strong.rows).toEqual([whole.rows[0]]);
    expect(strong.rows[0]).toBe(whole.rows[0]);
  });

  it('gives a pair without the focus its own row, which selects the relation', () => {
    const json = tinyJson();
    json.partnerships.push({ ...json.partnerships[0]!, id: 'p3', actors: ['BBB', 'org'] });
    const tiny = indexDataset(migrateV1(json), new Map([['s1', TINY_TEXT]]));
    const row = toSectorBreakdown(tiny, tiny.partnerships, 'en').rows.find((r) => r.id === 'BBB|org')!;
    expect(row.label).toBe('Beland – Organization');
    expect(row.pick).toEqual({ kind: 'relation', id: 'BBB|org' });
  });
});

describe('the order of the matrix rows, alphabetical within a status and a number of sectors', () => {
  const parsed = parseDatasetJson(JSON.parse(JSON.stringify(generateClaimsDataset({ ...SIZES.medium, seed: DEFAULT_SEED }))));
  if (!parsed.ok) throw new Error('the generated dataset does not parse');
  const dataset = indexDataset(parsed.value, new Map());
  const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  /** The order the collator itself gives, by status, then sectors filled, then label. */
  const collated = (rows: readonly { label: string; strongest: string; cells: readonly unknown[] }[]) =>
    [...rows]
      .sort(
        (x, y) =>
          statusRank(x.strongest as Status) - statusRank(y.strongest as Status) ||
          y.cells.filter(Boolean).length - x.cells.filter(Boolean).length ||
          collator.compare(x.label, y.label),
      )
      .map((row) => row.label);

  it('is the collator’s, on every partnership and then on a filtered part, whose labels were ranked already', () => {
    const all = toSectorBreakdown(dataset, dataset.partnerships, 'fr');
    expect(all.rows.length).toBeGreaterThan(100);
    expect(all.rows.map((row) => row.label)).toEqual(collated(all.rows));
    const part = toSectorBreakdown(
      dataset,
      dataset.partnerships.filter((_, i) => i % 3 !== 0),
      'fr',
      all,
    );
    expect(part.rows.map((row) => row.label)).toEqual(collated(part.rows));
  });
});

describe('matrixRowIdOf', () => {
  it('finds the row of an actor, of a partnership and of a relation with the focus', () => {
    expect(matrixRowIdOf(dataset, { kind: 'actor', id: 'NER' })).toBe('NER');
    expect(matrixRowIdOf(dataset, { kind: 'partnership', id: 'mli-rus-energy' })).toBe('RUS');
    expect(matrixRowIdOf(dataset, { kind: 'relation', id: 'MLI|RUS' })).toBe('RUS');
  });

  it('gives a relation without the focus its pair’s row, and events no row', () => {
    expect(matrixRowIdOf(dataset, { kind: 'relation', id: 'NER|BFA' })).toBe('BFA|NER');
    expect(matrixRowIdOf(dataset, { kind: 'event', id: 'anything' })).toBeNull();
    expect(matrixRowIdOf(dataset, { kind: 'partnership', id: 'missing' })).toBeNull();
    expect(matrixRowIdOf(dataset, null)).toBeNull();
  });
});
