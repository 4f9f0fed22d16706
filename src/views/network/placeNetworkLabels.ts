import { computeNetworkLabels, type PlacedNetworkLabel } from '../../derive/computeNetworkLabels';
import { toNetworkLabelWidth } from '../../derive/toNetworkLayoutInput';
import type { NetworkEdgeKind } from '../../derive/toNetworkGraph';
import { DENSE_MARKS } from '../shared/density';

export interface NetworkLabel {
  id: string;
  text: string;
  place: PlacedNetworkLabel;
  isFocus: boolean;
}

/** A node to name: its id, whether it is the focus, and its name in the language shown. */
export interface NamedNode {
  id: string;
  isFocus: boolean;
  text: string;
}

type Place = { x: number; y: number; radius: number };

/**
 * The names of the given nodes, each placed where it overlaps no node and no other name, in the
 * nodes' order; a name with no free place is left out. Pure, so the layout worker places the
 * first picture's names and the page places them again after a filter or a drag, alike.
 */
export function placeNetworkLabels(
  nodes: readonly NamedNode[],
  edges: readonly { source: string; target: string; kind: NetworkEdgeKind }[],
  positions: ReadonlyMap<string, Place>,
  width: number,
  height: number,
): NetworkLabel[] {
  const requests = nodes.flatMap((n) => {
    const p = positions.get(n.id);
    if (!p) return [];
    return [
      {
        id: n.id,
        text: n.text,
        isFocus: n.isFocus,
        x: p.x,
        y: p.y,
        radius: p.radius,
        width: toNetworkLabelWidth(n.text, n),
        priority: n.isFocus ? Infinity : p.radius,
      },
    ];
  });
  const segments = edgesToAvoid(edges, new Set(nodes.filter((n) => n.isFocus).map((n) => n.id))).flatMap((e) => {
    const a = positions.get(e.source);
    const b = positions.get(e.target);
    return a && b ? [[a.x, a.y, b.x, b.y] as [number, number, number, number]] : [];
  });
  const placed = computeNetworkLabels(requests, segments, width, height);
  return requests.flatMap((r) => {
    const place = placed.get(r.id);
    return place ? [{ id: r.id, text: r.text, isFocus: r.isFocus, place }] : [];
  });
}

/**
 * The edges names keep clear of: every edge, except in a dense diagram, where the ties between
 * two actors other than the centre lie in batches under everything else (`isBatched`) and a name
 * may cross them. Avoiding some 2,800 faint ties cost the page about 40 ms a filter at 5,000
 * partnerships, and left names few places to go.
 */
export function edgesToAvoid<E extends { source: string; target: string; kind: NetworkEdgeKind }>(
  edges: readonly E[],
  focus: ReadonlySet<string>,
): readonly E[] {
  if (edges.length <= DENSE_MARKS) return edges;
  return edges.filter((e) => e.kind !== 'partnership' || focus.has(e.source) || focus.has(e.target));
}
