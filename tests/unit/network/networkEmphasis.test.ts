import { describe, expect, it } from 'vitest';
import { toNetworkEmphasis, toNodeEmphasis } from '../../../src/derive/networkEmphasis';
import { toNetworkGraph } from '../../../src/derive/toNetworkGraph';
import { shippedDataset } from '../../fixtures/datasetBuilder';

const dataset = shippedDataset();
const graph = toNetworkGraph(dataset, dataset.partnerships);
const sorted = (set: ReadonlySet<string> | undefined) => [...(set ?? [])].sort();

describe('toNetworkEmphasis', () => {
  it('brings forward nothing when nothing is picked', () => {
    expect(toNetworkEmphasis(dataset, graph, null)).toBeNull();
    expect(toNodeEmphasis(null, 'RUS')).toBe('none');
  });

  it('brings forward an actor, everything it is tied to and those edges', () => {
    const emphasis = toNetworkEmphasis(dataset, graph, { kind: 'actor', id: 'RUS' });
    expect(sorted(emphasis?.picked)).toEqual(['RUS']);
    expect(sorted(emphasis?.neighbours)).toEqual(['MLI', 'lavrov']);
    expect(sorted(emphasis?.edges)).toEqual(['MLI|RUS', 'RUS|lavrov']);
    expect(toNodeEmphasis(emphasis, 'RUS')).toBe('picked');
    expect(toNodeEmphasis(emphasis, 'lavrov')).toBe('neighbour');
    expect(toNodeEmphasis(emphasis, 'FRA')).toBe('faded');
  });

  it('brings forward a relation or one of its partnerships as the pair and their edge', () => {
    for (const pick of [{ kind: 'relation' as const, id: 'MLI|RUS' }, { kind: 'partnership' as const, id: 'mli-rus-energy' }]) {
      const emphasis = toNetworkEmphasis(dataset, graph, pick);
      expect(sorted(emphasis?.picked)).toEqual(['MLI', 'RUS']);
      expect(sorted(emphasis?.edges)).toEqual(['MLI|RUS']);
    }
  });

  it('brings forward an event with its actors and the edges among them', () => {
    const emphasis = toNetworkEmphasis(dataset, graph, { kind: 'event', id: 'moscow-visit' });
    expect(sorted(emphasis?.picked)).toEqual(['MLI', 'RUS', 'camara', 'diop', 'lavrov']);
    expect(emphasis?.edges.has('diop|lavrov')).toBe(true);
    expect(emphasis?.edges.has('MLI|RUS')).toBe(true);
    expect(emphasis?.edges.has('MLI|FRA')).toBe(false);
  });

  it('ignores a pick that the filters have taken out of the graph', () => {
    const onlyUn = toNetworkGraph(dataset, dataset.partnerships.filter((p) => p.id === 'mli-un-security'), {
      statuses: ['ended'],
      sectors: [],
      kinds: ['organization'],
      search: '',
    });
    expect(toNetworkEmphasis(dataset, onlyUn, { kind: 'actor', id: 'RUS' })).toBeNull();
    expect(toNetworkEmphasis(dataset, onlyUn, { kind: 'relation', id: 'MLI|RUS' })).toBeNull();
  });
});
