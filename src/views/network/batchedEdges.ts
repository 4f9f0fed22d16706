import type { NetworkEdge } from '../../derive/toNetworkGraph';
import type { ChangeKind } from '../../derive/compareDates';
import { edgeStroke } from '../../styles/networkStyle';
import { ASIDE_WIDTH } from './NetworkEdgeMark';
import { disagreementSign } from './disagreementSign';

/** A batched edge: its two ends in the layout's units, and its stroke. */
export interface BatchedEdge {
  id: string;
  disagrees: boolean;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  dash: string | undefined;
}

/** The batched edges of one stroke, as one path. */
export interface EdgeBatch {
  key: string;
  d: string;
  color: string;
  width: number;
  dash: string | undefined;
}

/**
 * Whether an edge is drawn in a batch rather than as an element of its own: only in a dense
 * diagram, and only a partnership between two actors other than the centre. The centre's ties,
 * memberships and events, and a tie that changed between two compared dates keep their element,
 * with its name for a screen reader. A batched tie whose sources disagree keeps its sign, drawn
 * with the batch's (`toBatchedSigns`), and the list under the diagram says so in words: at 50,000
 * partnerships a third of the ties among other actors disagree, and as elements they were most of
 * the diagram's 23,000.
 */
export function isBatched(edge: NetworkEdge, dense: boolean, changed: ReadonlyMap<string, readonly ChangeKind[]> | null): boolean {
  return dense && edge.kind === 'partnership' && !edge.withFocus && !changed?.has(edge.id);
}

type Point = { x: number; y: number };

/** The batched edges, in the order given (the diagram's drawing order), at their ends' places. */
export function toBatchedEdges(edges: readonly NetworkEdge[], positions: ReadonlyMap<string, Point>): BatchedEdge[] {
  return edges.flatMap((e) => {
    const a = positions.get(e.source);
    const b = positions.get(e.target);
    if (!a || !b) return [];
    const stroke = edgeStroke(e.kind, e.status, e.partnershipIds.length);
    return [
      {
        id: e.id,
        disagrees: e.disagrees,
        x1: a.x,
        y1: a.y,
        x2: b.x,
        y2: b.y,
        color: stroke.color,
        width: stroke.width * ASIDE_WIDTH,
        dash: stroke.dash,
      },
    ];
  });
}

const at = (v: number) => Math.round(v * 10) / 10;

/**
 * The edges grouped by stroke, one path per group, in the order each stroke first appears: a few
 * paths instead of thousands of elements, which a filter rewrites and a hover never touches.
 */
export function toEdgeBatches(edges: readonly BatchedEdge[]): EdgeBatch[] {
  const batches = new Map<string, EdgeBatch & { parts: string[] }>();
  for (const e of edges) {
    const key = `${e.color}|${e.width}|${e.dash ?? ''}`;
    let batch = batches.get(key);
    if (!batch) {
      batch = { key, d: '', color: e.color, width: e.width, dash: e.dash, parts: [] };
      batches.set(key, batch);
    }
    batch.parts.push(`M${at(e.x1)},${at(e.y1)}L${at(e.x2)},${at(e.y2)}`);
  }
  return [...batches.values()].map(({ parts, ...batch }) => ({ ...batch, d: parts.join('') }));
}

/** The signs of the batched ties whose sources disagree, joined into two paths, or null when none does. */
export function toBatchedSigns(edges: readonly BatchedEdge[]): { disc: string; strokes: string } | null {
  const discs: string[] = [];
  const strokes: string[] = [];
  for (const e of edges) {
    if (!e.disagrees) continue;
    const sign = disagreementSign((e.x1 + e.x2) / 2, (e.y1 + e.y2) / 2);
    discs.push(sign.disc);
    strokes.push(sign.strokes);
  }
  return discs.length > 0 ? { disc: discs.join(''), strokes: strokes.join('') } : null;
}

/**
 * The topmost batched edge within `tolerance` of a point (all in the layout's units), or null:
 * the last drawn is on top, as for elements. A linear scan: a few thousand segments take well
 * under a millisecond, less than a spatial index would cost to build after each filter.
 */
export function findBatchedEdgeAt(edges: readonly BatchedEdge[], x: number, y: number, tolerance: number): string | null {
  const limit = tolerance * tolerance;
  for (let i = edges.length - 1; i >= 0; i--) {
    const e = edges[i]!;
    if (distanceToSegmentSquared(x, y, e) <= limit) return e.id;
  }
  return null;
}

function distanceToSegmentSquared(x: number, y: number, { x1, y1, x2, y2 }: BatchedEdge): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length));
  const px = x1 + t * dx - x;
  const py = y1 + t * dy - y;
  return px * px + py * py;
}
