import type { PlacedNode } from '../../derive/computeNetworkLayout';
import { isForward, nodeEmphasis } from '../../derive/emphasis';
import type { NetworkReach } from '../../derive/pickReach';
import type { NetworkEdge, NetworkNode } from '../../derive/toNetworkGraph';
import { edgeStroke, nodePaint, nodeShapePath } from '../../styles/networkStyle';
import { ASIDE_WIDTH } from './NetworkEdgeMark';
import { disagreementSign } from './disagreementSign';

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

const at = (v: number) => Math.round(v * 10) / 10;

/** Paths gathered by their paint: one path per distinct `key`, in the order each key first comes. */
function pathGroups<G extends { key: string }>() {
  const groups = new Map<string, { group: G; parts: string[] }>();
  return {
    add(group: G, part: string): void {
      const found = groups.get(group.key);
      if (found) found.parts.push(part);
      else groups.set(group.key, { group, parts: [part] });
    },
    paths: (): (G & { d: string })[] => [...groups.values()].map(({ group, parts }) => ({ ...group, d: parts.join('') })),
  };
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
  const discs: string[] = [];
  const strokes: string[] = [];
  for (const e of edges) {
    if (!reach.edges.has(e.id)) continue;
    const a = positions.get(e.source);
    const b = positions.get(e.target);
    if (!a || !b) continue;
    const stroke = edgeStroke(e.kind, e.status, e.partnershipIds.length);
    const width = e.kind === 'partnership' && !e.withFocus ? stroke.width * ASIDE_WIDTH : stroke.width;
    const linecap = e.kind === 'partnership' ? 'round' : 'butt';
    const key = `${stroke.color}|${width}|${stroke.dash ?? ''}|${linecap}`;
    edgeGroups.add({ key, color: stroke.color, width, dash: stroke.dash, linecap }, `M${at(a.x)},${at(a.y)}L${at(b.x)},${at(b.y)}`);
    if (e.disagrees) {
      const sign = disagreementSign((a.x + b.x) / 2, (a.y + b.y) / 2);
      discs.push(sign.disc);
      strokes.push(sign.strokes);
    }
  }
  const nodeGroups = pathGroups<Omit<OverlayNodeGroup, 'd'>>();
  for (const n of nodes) {
    const p = positions.get(n.id);
    if (!p || !isForward(nodeEmphasis(reach, n.id))) continue;
    const paint = nodePaint(n.kind, n.isFocus);
    nodeGroups.add({ key: `${paint.fill}|${paint.stroke}|${paint.width}`, ...paint }, nodeShapePath(n.kind, p.radius, p.x, p.y));
  }
  const disagreements = discs.length > 0 ? { disc: discs.join(''), strokes: strokes.join('') } : null;
  return { edges: edgeGroups.paths(), nodes: nodeGroups.paths(), disagreements };
}
