import { describe, expect, it } from 'vitest';
import { datasetOn, latestOf } from '../../../src/derive/datasetOn';
import { indexDataset } from '../../../src/data/indexDataset';
import { tinyV2 } from '../../fixtures/datasetBuilder';

function dated() {
  const json = tinyV2();
  json.sources[0]!.published = '2024-02-28';
  json.partnerships[0]!.evidence.unshift({
    source: 's1',
    quote: 'Aland and Beland work together.',
    translation: { en: 'x' },
    status: 'exploring',
    date: '2019-06-25',
  });
  json.partnerships.push({
    id: 'p3',
    actors: ['BBB', 'org'],
    sector: 'security',
    summary: { fr: 'R', en: 'S' },
    evidence: [{ source: 's1', quote: 'The organization left.', translation: { en: 'x' }, status: 'active', date: '2022-01-01' }],
  });
  return indexDataset(json, new Map());
}

describe('the dataset on a date, from a point of view', () => {
  it('is the loaded dataset itself for the latest date and its own focus', () => {
    const dataset = dated();
    expect(datasetOn(dataset, null, null)).toBe(dataset);
    expect(datasetOn(dataset, null, 'AAA')).toBe(dataset);
  });

  it('shares one latest state per point of view with every date, which the network lays out', () => {
    const dataset = dated();
    const fromBeland = datasetOn(dataset, null, 'BBB');
    expect(datasetOn(dataset, null, 'BBB')).toBe(fromBeland);
    expect(latestOf(datasetOn(dataset, '2020-01-01', 'BBB'))).toBe(fromBeland);
    expect(latestOf(datasetOn(dataset, '2023-01-01', 'BBB'))).toBe(fromBeland);
    expect(latestOf(datasetOn(dataset, '2020-01-01', null))).toBe(dataset);
    expect(latestOf(dataset)).toBe(dataset);
  });

  it('gives a partnership the same object on every date it is the same on', () => {
    const dataset = dated();
    const p1In2020 = datasetOn(dataset, '2020-01-01', null).partnershipById.get('p1');
    expect(p1In2020?.status).toBe('exploring');
    expect(datasetOn(dataset, '2021-06-01', null).partnershipById.get('p1')).toBe(p1In2020);
    expect(datasetOn(dataset, '2024-03-01', null).partnershipById.get('p1')).toBe(dataset.partnershipById.get('p1'));
  });

  it('keeps only what its sources speak of by that date, each with its status then', () => {
    const dataset = dated();
    expect(datasetOn(dataset, '2018-01-01', null).partnerships).toEqual([]);
    const in2020 = datasetOn(dataset, '2020-01-01', null);
    expect(in2020.partnerships.map((p) => [p.id, p.status])).toEqual([['p1', 'exploring']]);
    expect(in2020.partnershipsByActor.get('BBB')?.map((p) => p.id)).toEqual(['p1']);
    expect(datasetOn(dataset, '2024-03-01', null).partnerships.map((p) => [p.id, p.status])).toEqual([
      ['p1', 'active'],
      ['p2', 'ended'],
      ['p3', 'active'],
    ]);
  });

  it('centres on any actor, and on the dataset focus for an unknown one', () => {
    const dataset = dated();
    expect(datasetOn(dataset, null, 'BBB').focus.id).toBe('BBB');
    expect(datasetOn(dataset, '2023-01-01', 'nobody').focus.id).toBe('AAA');
  });

  it('centres a dataset without a focus on its most connected actor', () => {
    const json = tinyV2();
    delete json.focus;
    json.partnerships.push({ ...json.partnerships[0]!, id: 'p3', actors: ['BBB', 'org'] });
    expect(indexDataset(json, new Map()).focus.id).toBe('AAA');
    json.partnerships.push({ ...json.partnerships[0]!, id: 'p4', actors: ['BBB', 'org'], sector: 'energy' });
    expect(indexDataset(json, new Map()).focus.id).toBe('BBB');
  });
});
