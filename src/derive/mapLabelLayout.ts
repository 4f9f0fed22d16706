import { createBoxGrid, type BoxGrid } from './boxGrid';

/** A label to place next to its point, in pixels. */
export interface LabelRequest {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where a label goes, relative to its point: its box's top-left corner; which side of the box
 * faces the point (so a label whose real width differs from the estimate still grows away from its
 * point); and where a leader line meets the box (null when the label sits next to its point).
 */
export interface LabelPlacement {
  id: string;
  left: number;
  top: number;
  align: 'start' | 'middle' | 'end';
  leader: { x: number; y: number } | null;
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const RADII = [9, 24, 42, 64, 90];
/** East, west, then the diagonals, then north and south: the order a cartographer tries them in. */
const DIRECTIONS: ReadonlyArray<readonly [number, number]> = [
  [1, 0], [-1, 0], [0.7, -0.7], [0.7, 0.7], [-0.7, -0.7], [-0.7, 0.7], [0, -1], [0, 1],
];
/** Half the side of the square kept clear around every point, so no label hides a place. */
const POINT_CLEARANCE = 6;

function offsetFor([ux, uy]: readonly [number, number], r: number, w: number, h: number): { left: number; top: number } {
  const left = ux > 0.1 ? ux * r : ux < -0.1 ? ux * r - w : -w / 2;
  const top = uy < -0.1 ? uy * r - h : uy > 0.1 ? uy * r : -h / 2;
  return { left, top };
}

/** Grid cells about the size of a label, so a candidate box looks at a handful of cells. */
const CELL = 64;

/**
 * `base` plus the sum of `weight` times the overlap of `box` with each box of the grid, added in
 * the grid's order. Every term is positive or zero, so once the total reaches `limit` it can only
 * stay there or grow: the sum stops early and answers Infinity, a candidate no better than the best.
 */
function overlapSum(grid: BoxGrid, box: Box, weight: number, base: number, limit: number): number {
  let sum = 0;
  for (const index of grid.near(box)) {
    sum += overlap(box, grid.boxes[index]!) * weight;
    if (base + sum >= limit) return Infinity;
  }
  return base + sum;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

function outside(box: Box, bounds: Bounds | undefined): number {
  if (!bounds) return 0;
  const inside = overlap(box, { x0: bounds.minX, y0: bounds.minY, x1: bounds.maxX, y1: bounds.maxY });
  return (box.x1 - box.x0) * (box.y1 - box.y0) - inside;
}

/**
 * Greedy label placement, in the order given (most important first): each label takes the first
 * candidate position, nearest first, that overlaps no placed label, no point and stays inside the
 * bounds; when none is free it takes the least bad one. Far positions get a leader line. The same
 * input always gives the same placement, so screenshots and embeds are stable.
 */
export function placeLabels(requests: readonly LabelRequest[], bounds?: Bounds): LabelPlacement[] {
  const points = createBoxGrid(CELL);
  for (const r of requests) points.add({ x0: r.x - POINT_CLEARANCE, y0: r.y - POINT_CLEARANCE, x1: r.x + POINT_CLEARANCE, y1: r.y + POINT_CLEARANCE });
  const placed = createBoxGrid(CELL);
  return requests.map((request) => {
    let best: { left: number; top: number; r: number; ux: number; cost: number } | null = null;
    for (const r of RADII) {
      for (const direction of DIRECTIONS) {
        const { left, top } = offsetFor(direction, r, request.width, request.height);
        const box = { x0: request.x + left, y0: request.y + top, x1: request.x + left + request.width, y1: request.y + top + request.height };
        // Leaving the map costs most, covering another label next, covering a point least.
        // Costs only grow as terms are added, so a candidate already no better than the best is
        // dropped before the rest of its sum is worked out.
        const limit = best?.cost ?? Infinity;
        const leaving = outside(box, bounds) * 4;
        if (leaving >= limit) continue;
        const covering = overlapSum(placed, box, 2, leaving, limit);
        if (covering >= limit) continue;
        const cost = overlapSum(points, box, 1, covering, limit);
        if (cost >= limit) continue;
        if (!best || cost < best.cost) best = { left, top, r, ux: direction[0], cost };
        if (cost === 0) break;
      }
      if (best?.cost === 0) break;
    }
    const { left, top, r, ux } = best!;
    placed.add({ x0: request.x + left, y0: request.y + top, x1: request.x + left + request.width, y1: request.y + top + request.height });
    const leader =
      r > RADII[0]! ? { x: Math.max(left, Math.min(0, left + request.width)), y: Math.max(top, Math.min(0, top + request.height)) } : null;
    const align = ux > 0.1 ? 'start' : ux < -0.1 ? 'end' : 'middle';
    return { id: request.id, left, top, align, leader };
  });
}
