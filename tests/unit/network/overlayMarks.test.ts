import { describe, expect, it } from 'vitest';
import type { NetworkEdge, NetworkNode } from '../../../src/derive/toNetworkGraph';
import { networkEdge } from '../../fixtures/networkEdge';
import type { NetworkReach } from '../../../src/derive/pickReach';
import { toOverlayMarks } from '../../../src/views/network/overlayMarks';
import { nodeShapePath } from '../../../src/styles/networkStyle';
import { disagreementSign } from '../../../src/views/network/disagreementSign';

const edge = (source: string, target: string, over: Partial<NetworkEdge> = {}) => networkEdge(source, target, over, 'HUB');
const node = (id: string, over: Partial<NetworkNode> = {}): NetworkNode => ({
  id,
  kind: 'country',
  isFocus: id === 'HUB',
  partnershipCount: 1,
  memberOf: null,
  ...over,
});

// A hub tied to 300 actors, laid out on a line.
const spokes = Array.from({ length: 300 }, (_, i) => `A${String(i).padStart(3, '0')}`);
const nodes = [node('HUB'), ...spokes.map((id) => node(id))];
const edges = spokes.map((id) => edge('HUB', id));
const positions = new Map(nodes.map((n, i) => [n.id, { x: i * 10, y: 50, radius: 5 }]));
const hubReach: NetworkReach = {
  pick: { kind: 'actor', id: 'HUB' },
  picked: new Set(['HUB']),
  neighbours: new Set(spokes),
  edges: new Set(edges.map((e) => e.id)),
};

describe('what the overlay draws for a pick', () => {
  it('draws a hub with 300 ties of one status as one path for the ties and one per paint for the nodes', () => {
    const marks = toOverlayMarks(hubReach, edges, nodes, positions);
    expect(marks.edges).toHaveLength(1);
    expect(marks.edges[0]!.d.match(/M/g)).toHaveLength(300);
    // The focus is painted apart from the other countries.
    expect(marks.nodes).toHaveLength(2);
    expect(marks.nodes.map((g) => g.d.match(/M/g)?.length).sort((a, b) => a! - b!)).toEqual([1, 300]);
    expect(marks.nodes.some((g) => g.d.includes(nodeShapePath('country', 5, 20, 50)))).toBe(true);
  });

  it('gives each stroke its own path, and each tie whose sources disagree its sign at the middle', () => {
    const mixed = [
      edge('HUB', 'A000'),
      edge('HUB', 'A001', { status: 'ended' }),
      edge('HUB', 'A002', { disagrees: true }),
      edge('A001', 'A002'),
    ];
    const reach: NetworkReach = { ...hubReach, edges: new Set(mixed.map((e) => e.id)) };
    const marks = toOverlayMarks(reach, mixed, nodes, positions);
    // Active ties of the centre, ended ties, and the thinner active tie between two others.
    expect(marks.edges).toHaveLength(3);
    expect(marks.disagreements).toEqual(disagreementSign(15, 50));
  });

  it('leaves out what the reach does not bring forward, and what has no place', () => {
    const reach: NetworkReach = {
      pick: { kind: 'relation', id: 'HUB|A000' },
      picked: new Set(['HUB', 'A000']),
      neighbours: new Set(),
      edges: new Set(['HUB|A000']),
    };
    const marks = toOverlayMarks(reach, edges, nodes, new Map([...positions].filter(([id]) => id !== 'HUB')));
    expect(marks.edges).toHaveLength(0);
    expect(marks.nodes.map((g) => g.d.match(/M/g)?.length)).toEqual([1]);
  });
});
