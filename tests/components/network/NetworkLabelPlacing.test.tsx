import { describe, expect, it, vi } from 'vitest';
import { act, render, renderHook } from '@testing-library/react';
import NetworkView from '../../../src/views/network/NetworkView';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';
import { usePlacedLabels } from '../../../src/views/network/usePlacedLabels';
import { placeNetworkLabels } from '../../../src/views/network/placeNetworkLabels';
import type { NetworkEdge, NetworkGraph, NetworkNode } from '../../../src/derive/toNetworkGraph';
import type { NetworkLayout } from '../../../src/derive/computeNetworkLayout';
import type { InitialLabels } from '../../../src/views/network/networkLayoutJob';
import type { Dataset } from '../../../src/data/indexDataset';
import { DENSE_MARKS } from '../../../src/views/shared/density';

const placings = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/views/network/placeNetworkLabels', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/views/network/placeNetworkLabels')>();
  return {
    ...actual,
    placeNetworkLabels: (...args: Parameters<typeof actual.placeNetworkLabels>) => {
      placings.count += 1;
      return actual.placeNetworkLabels(...args);
    },
  };
});

const dataset = articleDataset();

describe('the network names', { timeout: 20_000 }, () => {
  it('come placed with the layout, in both languages, and are placed again only for a filtered graph', () => {
    useAppStore.getState().datasetLoaded(dataset);
    placings.count = 0;
    const { container } = render(<NetworkView dataset={dataset} />);
    // The layout job places French and English names once; drawing them places nothing more.
    expect(placings.count).toBe(2);
    expect(container.querySelectorAll('.network-label')).toHaveLength(11);
    act(() => useAppStore.getState().setLang('en'));
    expect(placings.count).toBe(2);
    expect(container.querySelector('.network-label[data-id="lavrov"]')).toHaveTextContent('Sergey Lavrov');
    act(() => useAppStore.getState().toggleStatus('ended'));
    expect(placings.count).toBe(3);
    expect(container.querySelectorAll('.network-label')).toHaveLength(5);
    act(() => useAppStore.getState().toggleStatus('ended'));
    expect(placings.count).toBe(3);
    expect(container.querySelectorAll('.network-label')).toHaveLength(11);
  });
});

// Sixty actors on a grid, tied in a fixed pattern: more ties than a dense graph needs.
const ids = Array.from({ length: 60 }, (_, i) => `a${i}`);
const nodes: NetworkNode[] = ids.map((id, i) => ({ id, kind: 'country', isFocus: i === 0, partnershipCount: 1, memberOf: null }));
const layout: NetworkLayout = {
  width: 1200,
  height: 900,
  nodes: ids.map((id, i) => ({ id, x: 60 + (i % 10) * 110, y: 60 + Math.floor(i / 10) * 140, radius: 6 })),
};
const positions = new Map(layout.nodes.map((n) => [n.id, n]));
const edges: NetworkEdge[] = [];
for (let i = 0; i < ids.length; i++)
  for (let j = i + 1; j < ids.length && edges.length < 3 * DENSE_MARKS; j += 1 + (i % 3))
    edges.push({
      id: `${ids[i]}|${ids[j]}`,
      kind: 'partnership',
      source: ids[i]!,
      target: ids[j]!,
      partnershipIds: [],
      status: 'active',
      eventIds: [],
      withFocus: i === 0,
      disagrees: false,
    });
const named = nodes.map((n) => ({ id: n.id, isFocus: n.isFocus, text: `Actor ${n.id}` }));
const firstPicture = placeNetworkLabels(named, edges, positions, layout.width, layout.height);
const labels: InitialLabels = { edges: edges.length, byLang: { fr: firstPicture, en: firstPicture } };
const denseDataset = {
  actorById: new Map(nodes.map((n) => [n.id, { name: { fr: `Actor ${n.id}`, en: `Actor ${n.id}` } }])),
} as unknown as Dataset;

function placedFor(graph: NetworkGraph) {
  placings.count = 0;
  const { result } = renderHook(() => usePlacedLabels(denseDataset, graph, positions, layout, 'fr', labels, false));
  return { names: result.current, placings: placings.count };
}

describe('the names of a dense network under a filter', () => {
  it('keep the first picture’s places, for the nodes still shown, while the graph stays dense', () => {
    const shown = nodes.filter((_, i) => i % 4 !== 3);
    const kept = new Set(shown.map((n) => n.id));
    const graph = { nodes: shown, edges: edges.filter((e) => kept.has(e.source) && kept.has(e.target)) };
    expect(graph.edges.length).toBeGreaterThan(DENSE_MARKS);
    const { names, placings } = placedFor(graph);
    expect(placings).toBe(0);
    expect(names).toEqual(firstPicture.filter((l) => kept.has(l.id)));
  });

  it('are placed again, with the room the filter made, once it leaves only a few ties', () => {
    const shown = nodes.slice(0, 12);
    const kept = new Set(shown.map((n) => n.id));
    const graph = { nodes: shown, edges: edges.filter((e) => kept.has(e.source) && kept.has(e.target)) };
    expect(graph.edges.length).toBeLessThanOrEqual(DENSE_MARKS);
    const { names, placings } = placedFor(graph);
    expect(placings).toBe(1);
    expect(names.map((l) => l.id).sort()).toEqual([...kept].sort());
  });
});
