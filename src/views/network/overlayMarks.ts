import type { PlacedNode } from '../../derive/computeNetworkLayout';
import { isForward, nodeEmphasis } from '../../derive/emphasis';
import type { NetworkReach } from '../../derive/pickReach';
import type { NetworkEdge, NetworkNode } from '../../derive/toNetworkGraph';
import { nodePaint, nodeShapePath } from '../../styles/networkStyle';
import { drawnStroke, joinedSigns, pathGroups, segment } from './joinedPaths';

/** The edges of one stroke that a pick brings forward, as one path. */
export interface OverlayEdgeGroup {
  key: string;
  d: string;
  color: string;
  width: number;
  dash: string | undefined;
  linecap: 'round' | 'butt';
}

/** The nodes of one paint that a pick brings forward, as one path. */
export interface OverlayNodeGroup {
  key: string;
  d: string;
  fill: string;
  stroke: string;
  width: number;
}

/** What the overlay draws for a reach: a few paths. */
export interface OverlayMarks {
  edges: OverlayEdgeGroup[];
  nodes: OverlayNodeGroup[];
  /** The signs of the disagreeing ties brought forward, joined (`disagreementSign`), or null. */
  disagreements: { disc: string; strokes: string } | null;
}

/**
 * The marks a reach brings forward, grouped by how they are painted, in the diagram's drawing
 * order within each group. The hub of a dense network brings forward hundreds of edges and
 * nodes; as elements of their own, each hover created them all again (about 1,000 elements, most
 * of the hover's 90 ms at 5,000 partnerships). As a path per stroke and per paint, it writes a
 * handful, whatever the reach.
 */
export function toOverlayMarks(
  reach: NetworkReach,
  edges: readonly NetworkEdge[],
  nodes: readonly NetworkNode[],
  positions: ReadonlyMap<string, Pick<PlacedNode, 'x' | 'y' | 'radius'>>,
): OverlayMarks {
  const edgeGroups = pathGroups<Omit<OverlayEdgeGroup, 'd'>>();
  const middles: { x: number; y: number }[] = [];
  for (const e of edges) {
    if (!reach.edges.has(e.id)) continue;
    const a = positions.get(e.source);
    const b = positions.get(e.target);
    if (!a || !b) continue;
    const stroke = drawnStroke(e);
    const linecap = e.kind === 'partnership' ? 'round' : 'butt';
    const key = `${stroke.color}|${stroke.width}|${stroke.dash ?? ''}|${linecap}`;
    edgeGroups.add({ key, ...stroke, linecap }, segment(a.x, a.y, b.x, b.y));
    if (e.disagrees) middles.push({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  }
  const nodeGroups = pathGroups<Omit<OverlayNodeGroup, 'd'>>();
  for (const n of nodes) {
    const p = positions.get(n.id);
    if (!p || !isForward(nodeEmphasis(reach, n.id))) continue;
    const paint = nodePaint(n.kind, n.isFocus);
    nodeGroups.add({ key: `${paint.fill}|${paint.stroke}|${paint.width}`, ...paint }, nodeShapePath(n.kind, p.radius, p.x, p.y));
  }
  return { edges: edgeGroups.paths(), nodes: nodeGroups.paths(), disagreements: joinedSigns(middles) };
}
