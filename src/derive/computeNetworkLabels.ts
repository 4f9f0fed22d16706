import { createBoxGrid, type GridBox } from './boxGrid';
import { LABEL_GAP, NETWORK_LABEL_HEIGHT } from './networkMetrics';

export interface NetworkLabelRequest {
  id: string;
  x: number;
  y: number;
  radius: number;
  width: number;
  /** Placed first, and kept even when it cannot avoid every other label. */
  priority: number;
}

export type LabelAnchor = 'start' | 'middle' | 'end';

/** A label's text position (SVG `x`, baseline `y`, `text-anchor`) and the box it covers. */
export interface PlacedNetworkLabel {
  id: string;
  x: number;
  y: number;
  anchor: LabelAnchor;
  box: GridBox;
}

type Segment = [number, number, number, number];

const BASELINE = NETWORK_LABEL_HEIGHT * 0.78;
/** Room kept between a label and the drawing's edge, for fonts a little wider than the estimate. */
const EDGE_ROOM = 4;
/** Room kept between two labels side by side, so two names never read as one. */
const LABEL_ROOM = 12;

/**
 * Below, above, right, left, then shifted sideways below and above: the usual reading places for
 * a node's name. None of them touches the square around the node.
 */
const CANDIDATES: ((l: NetworkLabelRequest) => { x: number; top: number; anchor: LabelAnchor })[] = [
  (l) => ({ x: l.x, top: l.y + l.radius + LABEL_GAP, anchor: 'middle' }),
  (l) => ({ x: l.x, top: l.y - l.radius - LABEL_GAP - NETWORK_LABEL_HEIGHT, anchor: 'middle' }),
  (l) => ({ x: l.x + l.radius + LABEL_GAP + 1, top: l.y - NETWORK_LABEL_HEIGHT / 2, anchor: 'start' }),
  (l) => ({ x: l.x - l.radius - LABEL_GAP - 1, top: l.y - NETWORK_LABEL_HEIGHT / 2, anchor: 'end' }),
  (l) => ({ x: l.x - l.radius, top: l.y + l.radius + LABEL_GAP, anchor: 'start' }),
  (l) => ({ x: l.x + l.radius, top: l.y + l.radius + LABEL_GAP, anchor: 'end' }),
  (l) => ({ x: l.x - l.radius, top: l.y - l.radius - LABEL_GAP - NETWORK_LABEL_HEIGHT, anchor: 'start' }),
  (l) => ({ x: l.x + l.radius, top: l.y - l.radius - LABEL_GAP - NETWORK_LABEL_HEIGHT, anchor: 'end' }),
];

/**
 * Places each label, most important first, at the first candidate place that stays inside the
 * drawing and covers no node and no label already placed, preferring places that cross fewer
 * edges. A label with no such place is left out (null): the node still shows its name on hover
 * and focus, and in the list. The most important label (the focus) is always placed.
 */
export function computeNetworkLabels(
  labels: readonly NetworkLabelRequest[],
  edges: readonly Segment[],
  width: number,
  height: number,
): Map<string, PlacedNetworkLabel | null> {
  // Grids over the nodes, the edges and the labels placed so far: each candidate place asks only
  // about what is near it, so hundreds of labels do not cost hundreds times hundreds of checks.
  const nodeIds: string[] = [];
  const nodeBoxes = createBoxGrid(GRID_CELL);
  for (const l of labels) {
    nodeIds.push(l.id);
    nodeBoxes.add({ x0: l.x - l.radius, y0: l.y - l.radius, x1: l.x + l.radius, y1: l.y + l.radius });
  }
  const segments = createSegmentGrid(edges, GRID_CELL);
  const placed = createBoxGrid(GRID_CELL);
  const result = new Map<string, PlacedNetworkLabel | null>();
  const order = [...labels].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  order.forEach((label, rank) => {
    let best: { place: PlacedNetworkLabel; crossings: number } | null = null;
    for (const candidate of CANDIDATES) {
      const c = candidate(label);
      const x0 = c.anchor === 'middle' ? c.x - label.width / 2 : c.anchor === 'start' ? c.x : c.x - label.width;
      const box = { x0, y0: c.top, x1: x0 + label.width, y1: c.top + NETWORK_LABEL_HEIGHT };
      const inside = box.x0 >= EDGE_ROOM && box.y0 >= 0 && box.x1 <= width - EDGE_ROOM && box.y1 <= height;
      if (!inside) continue;
      const free =
        !placed.near(box).some((i) => overlaps(placed.boxes[i]!, box)) &&
        !nodeBoxes.near(box).some((i) => nodeIds[i] !== label.id && overlaps(nodeBoxes.boxes[i]!, box));
      if (!free) continue;
      const crossings = segments.near(box).filter((i) => crossesBox(edges[i]!, box)).length;
      if (!best || crossings < best.crossings)
        best = { place: { id: label.id, x: c.x, y: c.top + BASELINE, anchor: c.anchor, box }, crossings };
      if (crossings === 0) break;
    }
    if (!best && rank === 0) {
      const c = CANDIDATES[0]!(label);
      const box = { x0: c.x - label.width / 2, y0: c.top, x1: c.x + label.width / 2, y1: c.top + NETWORK_LABEL_HEIGHT };
      best = { place: { id: label.id, x: c.x, y: c.top + BASELINE, anchor: 'middle', box }, crossings: 0 };
    }
    // Kept with the room a label leaves around it, so a later label keeps its distance.
    if (best) placed.add(inflate(best.place.box, LABEL_ROOM, 1));
    result.set(label.id, best?.place ?? null);
  });
  return result;
}

/** About two labels' height: a candidate box touches a few cells. */
const GRID_CELL = 48;

/**
 * The edges by the grid cells they pass through. Most edges run from the focus at the centre to
 * the rim, so the boxes around them would each cover a quarter of the drawing and every candidate
 * place would be checked against nearly every edge. `near` returns every edge that passes through
 * a cell the box touches, in no particular order (only their number is used).
 */
function createSegmentGrid(edges: readonly Segment[], cellSize: number): { near(box: GridBox): number[] } {
  const cells = new Map<number, number[]>();
  const cellOf = (v: number) => Math.floor(v / cellSize);
  edges.forEach((edge, index) => {
    const [x1, y1, x2, y2] = edge;
    for (let cx = cellOf(Math.min(x1, x2)); cx <= cellOf(Math.max(x1, x2)); cx++) {
      for (let cy = cellOf(Math.min(y1, y2)); cy <= cellOf(Math.max(y1, y2)); cy++) {
        // A pixel of slack, so that rounding never leaves out a cell the edge grazes.
        if (!crossesBounds(edge, cx * cellSize - 1, cy * cellSize - 1, (cx + 1) * cellSize + 1, (cy + 1) * cellSize + 1)) continue;
        const key = cellKey(cx, cy);
        const list = cells.get(key);
        if (list) list.push(index);
        else cells.set(key, [index]);
      }
    }
  });
  const seen = new Uint32Array(edges.length);
  let stamp = 0;
  return {
    near(box) {
      stamp += 1;
      const found: number[] = [];
      for (let cx = cellOf(box.x0); cx <= cellOf(box.x1); cx++) {
        for (let cy = cellOf(box.y0); cy <= cellOf(box.y1); cy++) {
          for (const index of cells.get(cellKey(cx, cy)) ?? []) {
            if (seen[index] === stamp) continue;
            seen[index] = stamp;
            found.push(index);
          }
        }
      }
      return found;
    },
  };
}

/** One number per cell; exact for cells within ±2^20 of the origin, far beyond any drawing. */
const cellKey = (cx: number, cy: number) => cx * 4_194_304 + cy;

const inflate = (b: GridBox, dx: number, dy: number): GridBox => ({ x0: b.x0 - dx, y0: b.y0 - dy, x1: b.x1 + dx, y1: b.y1 + dy });

export function overlaps(a: GridBox, b: GridBox): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Whether a segment passes through a box (Liang-Barsky clipping). */
function crossesBox(segment: Segment, box: GridBox): boolean {
  return crossesBounds(segment, box.x0, box.y0, box.x1, box.y1);
}

/**
 * `crossesBox` for a box given by its sides. It allocates nothing: a filter at 5,000 partnerships
 * asks it tens of thousands of times, and the garbage of a few arrays a call was felt.
 */
function crossesBounds(segment: Segment, x0: number, y0: number, x1: number, y1: number): boolean {
  const ax = segment[0];
  const ay = segment[1];
  const dx = segment[2] - ax;
  const dy = segment[3] - ay;
  let t0 = 0;
  let t1 = 1;
  for (let side = 0; side < 4; side++) {
    const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
    const q = side === 0 ? ax - x0 : side === 1 ? x1 - ax : side === 2 ? ay - y0 : y1 - ay;
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}
