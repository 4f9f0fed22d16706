import { describe, expect, it } from 'vitest';
import { isFiltering, toNetworkGraph } from '../../../src/derive/toNetworkGraph';
import { filterPartnerships } from '../../../src/derive/filterPartnerships';
import { articleDataset } from '../../fixtures/datasetBuilder';
import { indexDataset } from '../../../src/data/indexDataset';
import { EMPTY_FILTERS, type Filters } from '../../../src/model/filters';

const dataset = articleDataset();
const whole = () => toNetworkGraph(dataset, dataset.partnerships);
const filtered = (filters: Partial<Filters>) => {
  const all = { ...EMPTY_FILTERS, ...filters };
  return toNetworkGraph(dataset, filterPartnerships(dataset, all), all);
};
const edge = (graph: ReturnType<typeof whole>, id: string) => graph.edges.find((e) => e.id === id);

describe('toNetworkGraph', () => {
  it('makes a node of every actor, in dataset order, the focus marked and sized by its partnerships', () => {
    const graph = whole();
    expect(graph.nodes.map((n) => n.id)).toEqual(['MLI', 'RUS', 'BFA', 'NER', 'CHN', 'TUR', 'FRA', 'UN', 'diop', 'camara', 'lavrov']);
    expect(graph.nodes.filter((n) => n.isFocus).map((n) => n.id)).toEqual(['MLI']);
    expect(graph.nodes.find((n) => n.id === 'MLI')?.partnershipCount).toBe(11);
    expect(graph.nodes.find((n) => n.id === 'RUS')?.partnershipCount).toBe(5);
    expect(graph.nodes.find((n) => n.id === 'diop')).toMatchObject({ kind: 'person', partnershipCount: 0, memberOf: 'MLI' });
  });

  it('merges the five Mali-Russia partnerships into one edge styled by the strongest status', () => {
    const mliRus = edge(whole(), 'MLI|RUS');
    expect(mliRus).toMatchObject({ kind: 'partnership', source: 'MLI', target: 'RUS', status: 'active' });
    expect(mliRus?.partnershipIds).toEqual([
      'mli-rus-security',
      'mli-rus-energy',
      'mli-rus-transport',
      'mli-rus-agriculture',
      'mli-rus-education',
    ]);
    expect(whole().edges.filter((e) => e.kind === 'partnership')).toHaveLength(7);
  });

  it('ties each person to their country with a membership edge', () => {
    const memberships = whole().edges.filter((e) => e.kind === 'membership');
    expect(memberships.map((e) => e.id).sort()).toEqual(['MLI|camara', 'MLI|diop', 'RUS|lavrov']);
    expect(memberships.every((e) => e.status === null && e.partnershipIds.length === 0)).toBe(true);
  });

  it('ties the people of the Moscow visit to one another with event edges, and adds none between countries', () => {
    const events = whole().edges.filter((e) => e.kind === 'event');
    expect(events.map((e) => e.id).sort()).toEqual(['camara|diop', 'camara|lavrov', 'diop|lavrov']);
    expect(events.every((e) => e.eventIds.join() === 'moscow-visit')).toBe(true);
    expect(edge(whole(), 'BFA|NER')).toBeUndefined();
  });

  it('keeps one edge per pair even when a pair shares a partnership and an event', () => {
    const json = structuredClone(dataset.json);
    json.events.push({ id: 'x', title: { fr: 'x', en: 'x' }, actors: ['diop', 'lavrov'], evidence: [{ source: 'article' }] });
    const first = json.partnerships[0]!;
    json.partnerships.push({
      ...first,
      id: 'diop-lavrov',
      actors: ['diop', 'lavrov'],
      evidence: first.evidence.map((claim) => ({ ...claim, status: 'exploring' as const })),
    });
    const bent = indexDataset(json, dataset.sourceTexts);
    const graph = toNetworkGraph(bent, bent.partnerships);
    const pair = graph.edges.filter((e) => e.id === 'diop|lavrov');
    expect(pair).toHaveLength(1);
    expect(pair[0]).toMatchObject({
      kind: 'partnership',
      status: 'exploring',
      partnershipIds: ['diop-lavrov'],
      eventIds: ['moscow-visit', 'x'],
    });
  });

  it('with a status filter keeps the focus, the partners that pass and the people of the actors drawn', () => {
    const graph = filtered({ statuses: ['active'] });
    expect(graph.nodes.map((n) => n.id)).toEqual(['MLI', 'RUS', 'diop', 'camara', 'lavrov']);
    expect(edge(graph, 'MLI|RUS')?.partnershipIds).toEqual(['mli-rus-security']);
    expect(graph.edges.map((e) => e.kind).sort()).toEqual([
      'event',
      'event',
      'event',
      'membership',
      'membership',
      'membership',
      'partnership',
    ]);
  });

  it('with a kind filter that leaves people out draws no person and no person edge', () => {
    const graph = filtered({ kinds: ['organization'] });
    expect(graph.nodes.map((n) => n.id)).toEqual(['MLI', 'UN']);
    expect(graph.edges.map((e) => e.id)).toEqual(['MLI|UN']);
  });

  it('with a filter nothing passes still draws the focus and its people', () => {
    const graph = filtered({ search: 'nowhere' });
    expect(graph.nodes.map((n) => n.id)).toEqual(['MLI', 'diop', 'camara']);
    expect(graph.edges.every((e) => e.kind !== 'partnership')).toBe(true);
  });

  it('tells when a filter is active', () => {
    expect(isFiltering(EMPTY_FILTERS)).toBe(false);
    expect(isFiltering({ ...EMPTY_FILTERS, search: '  ' })).toBe(false);
    expect(isFiltering({ ...EMPTY_FILTERS, sectors: ['energy'] })).toBe(true);
  });
});
