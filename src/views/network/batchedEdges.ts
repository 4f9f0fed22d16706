import type { NetworkEdge } from '../../derive/toNetworkGraph';
import type { ChangeKind } from '../../derive/compareDates';
import { drawnStroke, joinedSigns, pathGroups, segment } from './joinedPaths';

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
    return [{ id: e.id, disagrees: e.disagrees, x1: a.x, y1: a.y, x2: b.x, y2: b.y, ...drawnStroke(e, true) }];
  });
}

/**
 * The edges grouped by stroke, one path per group, in the order each stroke first appears: a few
 * paths instead of thousands of elements, which a filter rewrites and a hover never touches.
 */
export function toEdgeBatches(edges: readonly BatchedEdge[]): EdgeBatch[] {
  const batches = pathGroups<Omit<EdgeBatch, 'd'>>();
  for (const e of edges)
    batches.add(
      { key: `${e.color}|${e.width}|${e.dash ?? ''}`, color: e.color, width: e.width, dash: e.dash },
      segment(e.x1, e.y1, e.x2, e.y2),
    );
  return batches.paths();
}

/** The signs of the batched ties whose sources disagree, joined into two paths, or null when none does. */
export function toBatchedSigns(edges: readonly BatchedEdge[]): { disc: string; strokes: string } | null {
  return joinedSigns(edges.filter((e) => e.disagrees).map((e) => ({ x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 })));
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
