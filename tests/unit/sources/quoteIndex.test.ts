import { describe, expect, it } from 'vitest';
import { quoteIndex, quoteKeysFor, mutedQuotes, toQuoteListing } from '../../../src/derive/quoteIndex';
import { toReach } from '../../../src/derive/pickReach';
import { filterPartnerships } from '../../../src/derive/filterPartnerships';
import { articleDataset } from '../../fixtures/datasetBuilder';
import type { EntityRef } from '../../../src/model/entityRef';
import { EMPTY_FILTERS } from '../../../src/model/filters';

const dataset = articleDataset();
const quotes = quoteIndex(dataset);
const byStart = (start: string) => quotes.find((q) => q.quote.startsWith(start))!;
const keysFor = (pick: EntityRef) =>
  [...quoteKeysFor(quotes, pick, toReach(dataset, pick))].map((k) => quotes.find((q) => q.key === k)!.quote.slice(0, 20));

describe('quoteIndex', () => {
  it('lists a sentence cited by several records once, with every record it supports', () => {
    const talks = byStart('les discussions ont également');
    expect(talks.supports).toEqual(
      ['energy', 'transport', 'agriculture', 'education'].map((s) => ({ kind: 'partnership', id: `mli-rus-${s}` })),
    );
    expect(quotes.filter((q) => q.quote === talks.quote)).toHaveLength(1);
    expect(talks.translation).toMatch(/^the talks also covered/);
  });

  it('includes the quotes of actors and events, with the source each comes from', () => {
    const visit = byStart('Les ministres maliens');
    expect(visit.supports).toEqual([
      { kind: 'actor', id: 'diop' },
      { kind: 'actor', id: 'camara' },
      { kind: 'event', id: 'moscow-visit' },
    ]);
    expect(byStart('Moscow, February 28').sourceId).toBe('mid-ru-2024-02-28');
  });

  it('lists each record once among the supports of a sentence that backs many, whatever its spacing', () => {
    const model = dataset.partnerships[0]!;
    const evidence = model.evidence[0]!;
    const spaced = { ...evidence, quote: `  ${evidence.quote!.replace(/ /g, '  ')} ` };
    const many = Array.from({ length: 12 }, (_, i) => ({ ...model, id: `copy-${i}`, evidence: [i % 2 ? spaced : evidence, evidence] }));
    const index = quoteIndex({ ...dataset, partnerships: [...many, many[3]!], actors: [], events: [] });
    expect(index).toHaveLength(1);
    expect(index[0]!.quote).toBe(evidence.quote);
    expect(index[0]!.supports).toEqual(many.map((p) => ({ kind: 'partnership', id: p.id })));
  });

  it('gives every quote its own key', () => {
    expect(new Set(quotes.map((q) => q.key)).size).toBe(quotes.length);
  });
});

describe('quoteKeysFor', () => {
  it('brings forward the quotes of a selected partnership', () => {
    expect(keysFor({ kind: 'partnership', id: 'mli-rus-energy' })).toEqual(['les discussions ont ', '"Le Mali est au cœur']);
  });

  it('brings forward the quotes of all an actor’s partnerships, and those naming the actor itself', () => {
    expect(keysFor({ kind: 'actor', id: 'NER' })).toEqual(['"Le Mali est en trai']);
    expect(keysFor({ kind: 'actor', id: 'lavrov' })).toEqual(['Accueillis par Sergu']);
    expect(keysFor({ kind: 'actor', id: 'RUS' })).toHaveLength(5);
  });

  it('brings forward the quotes of an event, whatever their source', () => {
    expect(keysFor({ kind: 'event', id: 'moscow-visit' })).toEqual([
      'Les ministres malien',
      'Moscow, February 28,',
      'les 28 et 29 février',
    ]);
  });

  it('brings forward nothing without a selection', () => {
    expect(quoteKeysFor(quotes, null, toReach(dataset, null)).size).toBe(0);
  });
});

describe('mutedQuotes', () => {
  it('mutes nothing while every partnership passes', () => {
    expect(mutedQuotes(quotes, dataset.partnerships.length, dataset.partnerships, false).size).toBe(0);
  });

  it('mutes the quotes that back none of the filtered partnerships', () => {
    const energy = filterPartnerships(dataset, { ...EMPTY_FILTERS, sectors: ['energy'] });
    const muted = mutedQuotes(quotes, dataset.partnerships.length, energy, true);
    const kept = quotes.filter((q) => !muted.has(q.key)).map((q) => q.quote.slice(0, 20));
    expect(kept).toEqual(['les discussions ont ', '"Le Mali est au cœur']);
  });

  it('on an earlier date, mutes the quotes of partnerships not spoken of yet, and keeps those of actors and events', () => {
    const onDate = dataset.partnerships.filter((p) => p.id === 'mli-rus-energy');
    const muted = mutedQuotes(quotes, dataset.partnerships.length, onDate, false);
    const kept = quotes.filter((q) => !muted.has(q.key));
    const backingPartnerships = kept.filter((q) => q.supports.some((s) => s.kind === 'partnership'));
    expect(backingPartnerships.map((q) => q.quote.slice(0, 20))).toEqual(['les discussions ont ', '"Le Mali est au cœur']);
    expect(backingPartnerships.every((q) => q.supports.some((s) => s.id === 'mli-rus-energy'))).toBe(true);
    expect(kept.some((q) => q.supports.every((s) => s.kind !== 'partnership'))).toBe(true);
  });
});

describe('toQuoteListing', () => {
  const groups = dataset.sources
    .map((source) => ({ source: source.id, quotes: quotes.filter((q) => q.sourceId === source.id) }))
    .filter((g) => g.quotes.length > 0);
  const total = groups.reduce((n, g) => n + g.quotes.length, 0);
  const shape = (listing: { groups: { source: string; quotes: readonly { key: string }[] }[] }) =>
    listing.groups.map((g) => [g.source, g.quotes.map((q) => q.key)]);
  const keyOf = (start: string) => byStart(start).key;

  it('gives a list that fits back as it is, whatever is selected or muted', () => {
    const current = new Set([groups.at(-1)!.quotes[0]!.key]);
    const listing = toQuoteListing(groups, total, current, new Set([groups[0]!.quotes[0]!.key]));
    expect(shape(listing)).toEqual(shape({ groups }));
    expect([listing.listed, listing.total]).toEqual([total, total]);
  });

  it('lists the selection’s quotes first, then the filtered ones, then the muted, grouped by source as they come', () => {
    const visit = keyOf('Moscow, February 28');
    const first = groups[0]!.quotes;
    const muted = new Set(first.slice(0, 2).map((q) => q.key));
    const listing = toQuoteListing(groups, 3, new Set([visit]), muted);
    expect(shape(listing)).toEqual([
      ['mid-ru-2024-02-28', [visit]],
      ['article', [first[2]!.key, first[3]!.key]],
    ]);
    expect([listing.listed, listing.total]).toEqual([3, total]);
  });
});
