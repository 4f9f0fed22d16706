import { describe, expect, it } from 'vitest';
import { findMergeReview, findNearDuplicates } from '../../../src/data/findMergeReview';
import type { DatasetJson } from '../../../src/data/schema';
import { shippedJson } from '../../fixtures/datasetBuilder';

/** A second file about Mali: a new source that says Türkiye is an active security partner, and "Turquie" under another id. */
function secondFile(date: string): DatasetJson {
  return {
    schemaVersion: 2,
    id: 'second',
    title: { fr: 'Second', en: 'Second' },
    sources: [{ id: 'new-source', title: 'A new report', language: 'en', published: '2024-05-01' }],
    actors: [
      { id: 'MLI', kind: 'country', name: { fr: 'Mali', en: 'Mali' }, iso3: 'MLI' },
      { id: 'TUR', kind: 'country', name: { fr: 'Turquie', en: 'Türkiye' }, iso3: 'TUR' },
      { id: 'TR-1', kind: 'country', name: { fr: 'Turquie', en: 'Turkey' } },
    ],
    sectors: [{ id: 'security', name: { fr: 'Sécurité', en: 'Security' } }],
    partnerships: [
      {
        id: 'tur-mli',
        actors: ['TUR', 'MLI'],
        sector: 'security',
        summary: { fr: 'S', en: 'S' },
        evidence: [{ source: 'new-source', quote: 'Türkiye is an active security partner.', status: 'active', date }],
      },
    ],
    events: [],
  };
}

describe('the review before a merge', () => {
  it('lists a conflict the merge creates, with each side and its sources', () => {
    const review = findMergeReview(shippedJson(), secondFile('2024-02-28'));
    expect(review.conflicts).toHaveLength(1);
    const [conflict] = review.conflicts;
    expect(conflict).toMatchObject({ partnership: 'mli-tur-security', sector: 'security', date: '2024-02-28' });
    const sources = conflict!.sides.map((side) => [side.status, side.claims.map((c) => c.source).sort()]);
    expect(sources).toContainEqual(['potential', ['article']]);
    expect(sources.find(([status]) => status === 'active')?.[1]).toContain('new-source');
    expect(review.newSources.map((s) => s.id)).toEqual(['new-source']);
    expect(review).toMatchObject({ addedClaims: 1, newPartnerships: 0, newActors: 1 });
  });

  it('lists no conflict when the new claim is a later, stronger status: a change over time, not a disagreement', () => {
    expect(findMergeReview(shippedJson(), secondFile('2024-05-01')).conflicts).toEqual([]);
  });

  it('finds near-duplicates by folded and nearly equal names, and never an actor its id or code already matches', () => {
    const found = findNearDuplicates(shippedJson().actors, secondFile('2024-05-01').actors);
    expect(found.map((d) => [d.incoming.id, d.current.id])).toEqual([['TR-1', 'TUR']]);
    const typo = findNearDuplicates(shippedJson().actors, [{ id: 'ru', kind: 'country', name: { fr: 'Russsie', en: 'Russsia' } }]);
    expect(typo.map((d) => d.current.id)).toEqual(['RUS']);
    expect(findNearDuplicates(shippedJson().actors, [{ id: 'X', kind: 'country', name: { fr: 'Niue', en: 'Niue' } }])).toEqual([]);
  });
});
