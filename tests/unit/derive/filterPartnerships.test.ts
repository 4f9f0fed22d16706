import { describe, expect, it } from 'vitest';
import { filterPartnerships } from '../../../src/derive/filterPartnerships';
import { articleDataset } from '../../fixtures/datasetBuilder';
import { EMPTY_FILTERS } from '../../../src/model/filters';
import { strongestStatus } from '../../../src/model/statuses';

const dataset = articleDataset();
const ids = (filters: Partial<typeof EMPTY_FILTERS>) => filterPartnerships(dataset, { ...EMPTY_FILTERS, ...filters }).map((p) => p.id);

describe('filterPartnerships', () => {
  it('returns every partnership when no filter is set', () => {
    expect(ids({})).toHaveLength(11);
  });

  it('keeps only the chosen sectors', () => {
    expect(ids({ sectors: ['energy', 'transport'] })).toEqual(['mli-rus-energy', 'mli-rus-transport']);
  });

  it('keeps only the chosen statuses', () => {
    expect(ids({ statuses: ['ended'] })).toEqual(['mli-fra-security', 'mli-un-security']);
  });

  it('filters by the kind of the partner, not of the focus', () => {
    expect(ids({ kinds: ['organization'] })).toEqual(['mli-un-security']);
  });

  it('searches actor names in both languages, ignoring case and accents', () => {
    expect(ids({ search: 'turkiye' })).toEqual(['mli-tur-security']);
    expect(ids({ search: 'CHINE' })).toEqual(['mli-chn-security']);
    expect(ids({ search: 'nations' })).toEqual(['mli-un-security']);
  });

  it('combines filters, and can match nothing', () => {
    expect(ids({ sectors: ['energy'], statuses: ['active'] })).toEqual([]);
  });
});

describe('strongestStatus', () => {
  it('ranks active over emerging over exploring over potential over ended', () => {
    expect(strongestStatus(['ended', 'exploring', 'potential'])).toBe('exploring');
    expect(strongestStatus(['emerging', 'active'])).toBe('active');
    expect(strongestStatus([])).toBeNull();
  });
});
