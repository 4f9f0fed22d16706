import { createBoxGrid, type GridBox } from './boxGrid';

export type EdgeSide = 'top' | 'right' | 'bottom' | 'left';
/** Where a place lies from the middle of the map, as a person reads a map: north is up. */
export type Compass = 'north' | 'northEast' | 'east' | 'southEast' | 'south' | 'southWest' | 'west' | 'northWest';

/** A place outside the frame: its point in the map's pixels (past an edge) and its label's size. */
export interface EdgeRequest {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the place's link leaves the map, when it has one in sight (`linkExit`): the marker goes there, at the end of the line. */
  exit?: { x: number; y: number } | null;
}

/**
 * A place's marker on the frame's border: an arrow whose tip lies on the border, pointing to the
 * place, and its label beside it, inside the frame.
 */
export interface EdgeMarker {
  id: string;
  /** The arrow's tip, in the map's pixels. */
  x: number;
  y: number;
  /** The direction from the tip to the place, in radians, as on screen (0 east, then clockwise). */
  angle: number;
  side: EdgeSide;
  compass: Compass;
  /** The label's top-left corner from the tip, and which of its sides faces the tip. */
  left: number;
  top: number;
  align: 'start' | 'middle' | 'end';
  /** False when the border has no room left: the marker then shows only while its button has the focus. */
  shown: boolean;
}

/** How far the arrow's tip stays inside the map's edge, the arrow's length, and the gap to its label. */
const INSET = 3;
const ARROW = 12;
const GAP = 2;
/** How far a marker slides along the border at each try when its own spot is taken. */
const STEP = 4;
const COMPASS: readonly Compass[] = ['east', 'southEast', 'south', 'southWest', 'west', 'northWest', 'north', 'northEast'];

/** Where the line from the map's middle to the point crosses the border, and on which side. */
function borderCrossing(px: number, py: number, width: number, height: number): { x: number; y: number; side: EdgeSide } {
  const cx = width / 2;
  const cy = height / 2;
  const dx = px - cx;
  const dy = py - cy;
  const tx = dx === 0 ? Infinity : (dx > 0 ? width - INSET - cx : INSET - cx) / dx;
  const ty = dy === 0 ? Infinity : (dy > 0 ? height - INSET - cy : INSET - cy) / dy;
  if (tx <= ty) return { x: cx + dx * tx, y: cy + dy * tx, side: dx > 0 ? 'right' : 'left' };
  return { x: cx + dx * ty, y: cy + dy * ty, side: dy > 0 ? 'bottom' : 'top' };
}

/** The side of the border nearest a point on it, and the point moved onto the border's inset line. */
function ontoBorder(x: number, y: number, width: number, height: number): { x: number; y: number; side: EdgeSide } {
  const distances: [EdgeSide, number][] = [
    ['left', x],
    ['right', width - x],
    ['top', y],
    ['bottom', height - y],
  ];
  const [side] = distances.reduce((a, b) => (b[1] < a[1] ? b : a));
  const clampX = Math.min(Math.max(x, INSET), width - INSET);
  const clampY = Math.min(Math.max(y, INSET), height - INSET);
  if (side === 'left') return { x: INSET, y: clampY, side };
  if (side === 'right') return { x: width - INSET, y: clampY, side };
  if (side === 'top') return { x: clampX, y: INSET, side };
  return { x: clampX, y: height - INSET, side };
}

/**
 * Where a line (a link, from its start in the map) first leaves the map's frame, in the map's
 * pixels; null when it starts outside or never leaves.
 */
export function linkExit(
  points: readonly { x: number; y: number }[],
  size: { width: number; height: number },
): { x: number; y: number } | null {
  const { width, height } = size;
  const inside = (p: { x: number; y: number }) => p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
  if (points.length === 0 || !inside(points[0]!)) return null;
  for (let i = 1; i < points.length; i++) {
    const b = points[i]!;
    if (inside(b)) continue;
    const a = points[i - 1]!;
    // The share of the segment still inside, along whichever edge it crosses first.
    const shares = [
      b.x < 0 ? a.x / (a.x - b.x) : 1,
      b.x > width ? (width - a.x) / (b.x - a.x) : 1,
      b.y < 0 ? a.y / (a.y - b.y) : 1,
      b.y > height ? (height - a.y) / (b.y - a.y) : 1,
    ];
    const t = Math.min(...shares);
    return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
  }
  return null;
}

/** The label's offset from the tip on each side, kept inside the map along the top and bottom. */
function labelOffset(
  side: EdgeSide,
  x: number,
  w: number,
  h: number,
  width: number,
): { left: number; top: number; align: EdgeMarker['align'] } {
  const off = ARROW + GAP;
  if (side === 'left') return { left: off, top: -h / 2, align: 'start' };
  if (side === 'right') return { left: -off - w, top: -h / 2, align: 'end' };
  const left = Math.min(Math.max(-w / 2, INSET - x), width - INSET - x - w);
  return { left, top: side === 'top' ? off : -off - h, align: 'middle' };
}

/** The box a marker takes: its label and its arrow. */
function markerBox(x: number, y: number, label: { left: number; top: number }, w: number, h: number): GridBox {
  return {
    x0: Math.min(x + label.left, x - ARROW),
    y0: Math.min(y + label.top, y - ARROW),
    x1: Math.max(x + label.left + w, x + ARROW),
    y1: Math.max(y + label.top + h, y + ARROW),
  };
}

/**
 * Markers on the map's border for places outside the frame, most important first: each where its
 * link leaves the map, so the marker ends the line, else where the line from the map's middle to
 * its place crosses the border; or slid along that side to the
 * nearest spot that covers no marker placed before it, nothing in `obstacles` (the labels and
 * points inside the frame, the zoom buttons) and nothing `avoid` keeps in sight (the focus's
 * country). A marker finds no spot only when its side is full;
 * it is then left hidden at its own spot. The same input always gives the same markers.
 */
export function placeEdgeMarkers(
  requests: readonly EdgeRequest[],
  size: { width: number; height: number },
  obstacles: readonly GridBox[],
  avoid?: (box: GridBox) => boolean,
): EdgeMarker[] {
  const { width, height } = size;
  const taken = createBoxGrid(64);
  for (const box of obstacles) taken.add(box);
  return requests.map((request) => {
    const { width: w, height: h } = request;
    const ideal = request.exit
      ? ontoBorder(request.exit.x, request.exit.y, width, height)
      : borderCrossing(request.x, request.y, width, height);
    const along = ideal.side === 'left' || ideal.side === 'right';
    const [lo, hi] = along ? [INSET + h / 2, height - INSET - h / 2] : [INSET + ARROW, width - INSET - ARROW];
    const start = Math.min(Math.max(along ? ideal.y : ideal.x, lo), Math.max(lo, hi));
    const spotAt = (at: number) => {
      const x = along ? ideal.x : at;
      const y = along ? at : ideal.y;
      const label = labelOffset(ideal.side, x, w, h, width);
      return { x, y, label, box: markerBox(x, y, label, w, h) };
    };
    let spot = spotAt(start);
    let shown = false;
    for (let k = 0; start + k * STEP <= hi || start - k * STEP >= lo; k++) {
      const tries = k === 0 ? [start] : [start + k * STEP, start - k * STEP];
      const free = tries
        .filter((at) => at >= lo && at <= hi)
        .map(spotAt)
        .find((s) => !taken.overlapsAny(s.box) && !avoid?.(s.box));
      if (free) {
        spot = free;
        shown = true;
        break;
      }
    }
    if (shown) taken.add(spot.box);
    const angle = Math.atan2(request.y - spot.y, request.x - spot.x);
    const bearing = Math.atan2(request.y - height / 2, request.x - width / 2);
    const compass = COMPASS[((Math.round(bearing / (Math.PI / 4)) % 8) + 8) % 8]!;
    return { id: request.id, x: spot.x, y: spot.y, angle, side: ideal.side, compass, ...spot.label, shown };
  });
}
