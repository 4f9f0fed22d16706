import { createBoxGrid, type GridBox } from './boxGrid';

/** Where a label's box sits relative to its point, in pixels: its top-left corner. */
export interface LabelOffset {
  left: number;
  top: number;
}

/** A label to place next to its point, in pixels. */
export interface MapLabelRequest {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /**
   * The only position to try, when the label has a place already (one found for the whole
   * dataset, which a filter keeps so the labels that stay do not move).
   */
  at?: LabelOffset;
  /** Whether the label is drawn even where every position covers another place's point (the focus). */
  required?: boolean;
  /**
   * The box, in the same pixels as the point, of a shape the label goes beside (the focus's
   * country): positions just outside each of its sides are tried after the ones around the point.
   */
  around?: GridBox;
}

/** Whether a label's box would cover what must stay in sight (the focus's country, `boxTouchesShape`). */
export type Avoid = (box: GridBox) => boolean;

/**
 * Where a label goes, relative to its point: its box's top-left corner; which side of the box
 * faces the point (so a label whose real width differs from the estimate still grows away from its
 * point); and where a leader line meets the box (null when the label sits next to its point).
 * `shown` is false when no position is free: the place is then left unlabelled, and the position
 * is where its label shows on demand (hovered, focused or selected), on top of the others.
 */
export interface LabelPlacement extends LabelOffset {
  id: string;
  align: 'start' | 'middle' | 'end';
  leader: { x: number; y: number } | null;
  shown: boolean;
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const RADII = [9, 24, 42, 64, 90];
/** East, west, then the diagonals, then north and south: the order a cartographer tries them in. */
const DIRECTIONS: ReadonlyArray<readonly [number, number]> = [
  [1, 0],
  [-1, 0],
  [0.7, -0.7],
  [0.7, 0.7],
  [-0.7, -0.7],
  [-0.7, 0.7],
  [0, -1],
  [0, 1],
];
/** Half the side of the square kept clear around every point, so no label hides a place. */
const POINT_CLEARANCE = 6;
/** Grid cells about the size of a label, so a candidate box looks at a handful of cells. */
const CELL = 64;

interface Candidate extends LabelOffset {
  r: number;
  ux: number;
}

function offsetFor([ux, uy]: readonly [number, number], r: number, w: number, h: number): Candidate {
  const left = ux > 0.1 ? ux * r : ux < -0.1 ? ux * r - w : -w / 2;
  const top = uy < -0.1 ? uy * r - h : uy > 0.1 ? uy * r : -h / 2;
  return { left, top, r, ux };
}

/** Room between a shape and a label set beside it. */
const BESIDE = 6;

/**
 * Every position around a point, nearest first, in the order of DIRECTIONS at each radius; then,
 * for a label that goes beside a shape, the positions just outside the shape's sides, nearest first.
 */
function candidatesFor(request: MapLabelRequest): Candidate[] {
  const { x, y, width: w, height: h, around } = request;
  const ring = RADII.flatMap((r) => DIRECTIONS.map((direction) => offsetFor(direction, r, w, h)));
  if (!around) return ring;
  const beside: Candidate[] = [
    { left: around.x0 - BESIDE - w - x, top: -h / 2, r: x - around.x0 + BESIDE, ux: -1 },
    { left: around.x1 + BESIDE - x, top: -h / 2, r: around.x1 - x + BESIDE, ux: 1 },
    { left: -w / 2, top: around.y1 + BESIDE - y, r: around.y1 - y + BESIDE, ux: 0 },
    { left: -w / 2, top: around.y0 - BESIDE - h - y, r: y - around.y0 + BESIDE, ux: 0 },
  ];
  return [...ring, ...beside.sort((a, b) => a.r - b.r).map((c) => ({ ...c, r: Math.max(c.r, RADII[0]! + 1) }))];
}

/** A position given as an offset alone; its side and leader are those it was first found with (`placeShownLabels`). */
function candidateAt(at: LabelOffset): Candidate {
  return { left: at.left, top: at.top, r: RADII[0]!, ux: 0 };
}

function boxOf(request: MapLabelRequest, { left, top }: LabelOffset): GridBox {
  return { x0: request.x + left, y0: request.y + top, x1: request.x + left + request.width, y1: request.y + top + request.height };
}

function inside(box: GridBox, bounds: Bounds | undefined): boolean {
  return !bounds || (box.x0 >= bounds.minX && box.y0 >= bounds.minY && box.x1 <= bounds.maxX && box.y1 <= bounds.maxY);
}

function pointInside({ x, y }: MapLabelRequest, bounds: Bounds | undefined): boolean {
  return !bounds || (x >= bounds.minX && y >= bounds.minY && x <= bounds.maxX && y <= bounds.maxY);
}

function overlap(a: GridBox, b: GridBox): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

function placementOf(request: MapLabelRequest, { left, top, r, ux }: Candidate, shown: boolean): LabelPlacement {
  const leader =
    r > RADII[0]! ? { x: Math.max(left, Math.min(0, left + request.width)), y: Math.max(top, Math.min(0, top + request.height)) } : null;
  const align = ux > 0.1 ? 'start' : ux < -0.1 ? 'end' : 'middle';
  return { id: request.id, left, top, align, leader, shown };
}

/**
 * Greedy label placement, in the order given (most important first), as a cartographer labels a
 * crowded map: each label takes the first position, nearest its point first, that stays inside the
 * bounds and covers no label placed before it, no other place's point and nothing `avoid` keeps
 * in sight (the focus's country). Far positions get a leader line. A place whose point lies
 * outside the bounds is not labelled. When no position is free the place is left unlabelled
 * (`shown: false`) rather than labelled over another: its mark stays, and its label shows on
 * demand at the nearest position inside the bounds. A `required` label (the focus) that finds no
 * free position takes the one inside the bounds, free of labels and off the avoided shape, that
 * covers the least of other points, and only failing that one on the shape. The same input always
 * gives the same placement, so screenshots and embeds are stable.
 */
export function placeLabels(requests: readonly MapLabelRequest[], bounds?: Bounds, avoid?: Avoid): LabelPlacement[] {
  const points = createBoxGrid(CELL);
  for (const r of requests)
    points.add({ x0: r.x - POINT_CLEARANCE, y0: r.y - POINT_CLEARANCE, x1: r.x + POINT_CLEARANCE, y1: r.y + POINT_CLEARANCE });
  const placed = createBoxGrid(CELL);
  return requests.map((request) => {
    // No position touches its own point (the nearest ring is farther than the clearance), so any
    // point a position covers is another place's.
    // A place outside the map is not labelled: a label without its point would name nothing.
    const candidates = !pointInside(request, bounds) ? [] : request.at ? [candidateAt(request.at)] : candidatesFor(request);
    let fallback: Candidate | null = null;
    let chosen: Candidate | null = null;
    let least: { candidate: Candidate; covered: number } | null = null;
    let leastOnShape: Candidate | null = null;
    for (const candidate of candidates) {
      const box = boxOf(request, candidate);
      if (!inside(box, bounds)) continue;
      fallback ??= candidate;
      if (placed.overlapsAny(box)) continue;
      if (avoid?.(box)) {
        leastOnShape ??= candidate;
        continue;
      }
      if (!points.overlapsAny(box)) {
        chosen = candidate;
        break;
      }
      if (request.required) {
        const covered = points.near(box).reduce((sum, i) => sum + overlap(box, points.boxes[i]!), 0);
        if (!least || covered < least.covered) least = { candidate, covered };
      }
    }
    chosen ??= least?.candidate ?? (request.required ? leastOnShape : null);
    if (chosen) {
      placed.add(boxOf(request, chosen));
      return placementOf(request, chosen, true);
    }
    // Unlabelled: where its label shows on demand, the nearest position inside the bounds, or else
    // the first of all (a point outside the bounds).
    fallback ??= candidatesFor(request).find((c) => inside(boxOf(request, c), bounds)) ?? candidatesFor(request)[0]!;
    return placementOf(request, fallback, false);
  });
}

/**
 * The labels of the places a filter shows, from the placement made for every place of the
 * dataset (`all`, by id): a label placed there keeps its position, so labels do not move when a
 * filter changes, and the places left unlabelled there try again in the room the hidden places
 * leave. `requests` are the shown places, most important first.
 */
export function placeShownLabels(
  requests: readonly MapLabelRequest[],
  all: ReadonlyMap<string, LabelPlacement>,
  bounds?: Bounds,
  avoid?: Avoid,
): LabelPlacement[] {
  // Every place shown: nothing has left room, so the whole dataset's placement is the answer.
  if (requests.length === all.size && requests.every((r) => all.has(r.id))) return requests.map((r) => all.get(r.id)!);
  const kept: MapLabelRequest[] = [];
  const again: MapLabelRequest[] = [];
  for (const request of requests) {
    const before = all.get(request.id);
    if (before?.shown) kept.push({ ...request, at: { left: before.left, top: before.top } });
    else again.push(request);
  }
  const placements = placeLabels([...kept, ...again], bounds, avoid);
  // A kept label's leader and side are those it was placed with.
  const byId = new Map(placements.map((p) => [p.id, all.get(p.id)?.shown && p.shown ? all.get(p.id)! : p]));
  return requests.map((r) => byId.get(r.id)!);
}
