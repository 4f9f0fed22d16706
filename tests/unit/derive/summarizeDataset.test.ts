import { describe, expect, it } from 'vitest';
import { summarizeDataset } from '../../../src/derive/summarizeDataset';
import { indexDataset } from '../../../src/data/indexDataset';
import { articleDataset, tinyJson } from '../../fixtures/datasetBuilder';
import { migrateV1 } from '../../../src/data/migrateV1';

describe('summarizeDataset', () => {
  it('counts the shipped dataset’s partners, partnerships and sectors', () => {
    expect(summarizeDataset(articleDataset())).toEqual({ partners: 7, partnerships: 11, sectors: 5 });
  });

  it('counts each partner once, leaves the focus out, and counts only the sectors in use', () => {
    const json = tinyJson();
    const first = json.partnerships[0]!;
    json.sectors.push({ id: 'unused', name: { fr: 'Inutilisé', en: 'Unused' } });
    json.partnerships = [first, { ...first, id: 'again', sector: 'energy' }];
    expect(summarizeDataset(indexDataset(migrateV1(json), new Map()))).toEqual({ partners: 1, partnerships: 2, sectors: 2 });
  });
});
