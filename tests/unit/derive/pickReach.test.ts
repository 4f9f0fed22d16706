import { describe, expect, it } from 'vitest';
import {
  bringsForward,
  networkReachOf,
  NO_REACH,
  reachOf,
  shownNetworkReach,
  toNetworkReach,
  toReach,
} from '../../../src/derive/pickReach';
import { toNetworkGraph } from '../../../src/derive/toNetworkGraph';
import { relationId } from '../../../src/model/entityRef';
import { EMPTY_FILTERS } from '../../../src/model/filters';
import { articleDataset } from '../../fixtures/datasetBuilder';

const dataset = articleDataset();
const graph = toNetworkGraph(dataset, dataset.partnerships);
const sorted = (set: ReadonlySet<string> | undefined) => [...(set ?? [])].sort();

describe('toReach', () => {
  it('brings forward an actor, its partners and its partnerships', () => {
    const reach = toReach(dataset, { kind: 'actor', id: 'RUS' });
    expect(sorted(reach.actors)).toEqual(['MLI', 'RUS']);
    expect(reach.partnerships.size).toBe(5);
  });

  it('brings forward every partnership of a relation', () => {
    expect(toReach(dataset, { kind: 'relation', id: relationId('RUS', 'MLI') }).partnerships.size).toBe(5);
  });

  it("brings forward an event's actors and no partnership", () => {
    const reach = toReach(dataset, { kind: 'event', id: 'moscow-visit' });
    expect(sorted(reach.actors)).toEqual(['MLI', 'RUS', 'camara', 'diop', 'lavrov']);
    expect(reach.partnerships.size).toBe(0);
  });

  it('brings forward nothing for no pick, and says so', () => {
    expect(toReach(dataset, null).actors.size).toBe(0);
    expect(bringsForward(NO_REACH)).toBe(false);
    expect(bringsForward(toReach(dataset, { kind: 'event', id: 'moscow-visit' }))).toBe(true);
  });
});

describe('reachOf', () => {
  it('computes a pick’s reach once and gives the same answer to every mark that asks', () => {
    const pick = { kind: 'actor' as const, id: 'RUS' };
    expect(reachOf(dataset, pick)).toBe(reachOf(dataset, pick));
    expect(reachOf(dataset, pick)).toEqual(toReach(dataset, pick));
    expect(reachOf(dataset, null)).toBe(NO_REACH);
  });

  it('keeps apart two picks that are alive at once, such as a view’s own and every view’s', () => {
    const russia = { kind: 'actor' as const, id: 'RUS' };
    const china = { kind: 'actor' as const, id: 'CHN' };
    const first = reachOf(dataset, russia);
    expect(reachOf(dataset, china).actors.has('CHN')).toBe(true);
    expect(reachOf(dataset, russia)).toBe(first);
  });
});

describe('toNetworkReach', () => {
  it('brings forward nothing when nothing is picked', () => {
    expect(toNetworkReach(dataset, graph, null)).toBeNull();
  });

  it('brings forward an actor, everything it is tied to and those edges', () => {
    const reach = toNetworkReach(dataset, graph, { kind: 'actor', id: 'RUS' });
    expect(sorted(reach?.picked)).toEqual(['RUS']);
    expect(sorted(reach?.neighbours)).toEqual(['MLI', 'lavrov']);
    expect(sorted(reach?.edges)).toEqual(['MLI|RUS', 'RUS|lavrov']);
  });

  it('brings forward a relation or one of its partnerships as the pair and their edge', () => {
    for (const pick of [
      { kind: 'relation' as const, id: 'MLI|RUS' },
      { kind: 'partnership' as const, id: 'mli-rus-energy' },
    ]) {
      const reach = toNetworkReach(dataset, graph, pick);
      expect(sorted(reach?.picked)).toEqual(['MLI', 'RUS']);
      expect(sorted(reach?.edges)).toEqual(['MLI|RUS']);
    }
  });

  it('brings forward an event with its actors and the edges among them', () => {
    const reach = toNetworkReach(dataset, graph, { kind: 'event', id: 'moscow-visit' });
    expect(sorted(reach?.picked)).toEqual(['MLI', 'RUS', 'camara', 'diop', 'lavrov']);
    expect(reach?.edges.has('diop|lavrov')).toBe(true);
    expect(reach?.edges.has('MLI|RUS')).toBe(true);
    expect(reach?.edges.has('MLI|FRA')).toBe(false);
  });

  it('ignores a pick that the filters have taken out of the graph', () => {
    const onlyUn = toNetworkGraph(
      dataset,
      dataset.partnerships.filter((p) => p.id === 'mli-un-security'),
      {
        statuses: ['ended'],
        sectors: [],
        kinds: ['organization'],
        search: '',
      },
    );
    expect(toNetworkReach(dataset, onlyUn, { kind: 'actor', id: 'RUS' })).toBeNull();
    expect(toNetworkReach(dataset, onlyUn, { kind: 'relation', id: 'MLI|RUS' })).toBeNull();
  });
});

describe('shownNetworkReach', () => {
  const russia = { kind: 'actor' as const, id: 'RUS' };
  const china = { kind: 'actor' as const, id: 'CHN' };

  it('shows what the pointer rests on before the selection, and the selection when the pointer rests on nothing', () => {
    expect(shownNetworkReach(dataset, graph, china, russia)?.picked.has('RUS')).toBe(true);
    expect(shownNetworkReach(dataset, graph, china, null)?.picked.has('CHN')).toBe(true);
    expect(shownNetworkReach(dataset, graph, null, null)).toBeNull();
  });

  it('shows the selection while the pointer rests on something the filters took out of the graph', () => {
    const potential = toNetworkGraph(
      dataset,
      dataset.partnerships.filter((p) => p.status === 'potential'),
      { ...EMPTY_FILTERS, statuses: ['potential'] },
    );
    expect(potential.nodes.some((n) => n.id === 'RUS')).toBe(false);
    expect(shownNetworkReach(dataset, potential, china, russia)?.picked.has('CHN')).toBe(true);
  });

  it('gives every mark the same answer for the same graph and picks', () => {
    expect(shownNetworkReach(dataset, graph, china, russia)).toBe(networkReachOf(dataset, graph, russia));
    expect(networkReachOf(dataset, graph, russia)).toBe(networkReachOf(dataset, graph, russia));
  });
});
