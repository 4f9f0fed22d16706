import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum } from 'd3';
import type { NetworkEdgeKind } from './toNetworkGraph';
import { clamp, forceNetworkBounds, forceNetworkBoxCollide, type BoxedNode } from './networkBoxForces';
import { LABEL_GAP, LABEL_HEIGHT } from './networkMetrics';

/** What the layout needs to know: plain data, so it can cross to a Web Worker. */
export interface NetworkLayoutInput {
  nodes: { id: string; radius: number; labelWidth: number; isFocus: boolean }[];
  edges: { source: string; target: string; kind: NetworkEdgeKind }[];
  width: number;
  height: number;
}

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  radius: number;
}

/** Placed nodes in a drawing of `width` x `height`; it is larger than the box asked for only when the nodes cannot fit in it. */
export interface NetworkLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
}

export const LAYOUT_MARGIN = 8;
const BOX_PADDING = 6;
const LINK_DISTANCE: Record<NetworkEdgeKind, number> = { partnership: 120, membership: 50, event: 70 };
/** People sit by their country; an event only nudges them towards those they met. */
const LINK_STRENGTH: Record<NetworkEdgeKind, number | null> = { partnership: null, membership: 0.9, event: 0.3 };
/** How far the fit may stretch the raw layout: beyond this, a sparse graph looks lost in a big box. */
const MAX_STRETCH = 2.2;

/**
 * Places the nodes with d3-force, as a pure function: the input is copied, the simulations are
 * stopped and stepped a fixed number of ticks, and d3-force draws its jitter from its own seeded
 * generator, so the same input always gives the same coordinates.
 *
 * It runs in three steps. First the forces shape the graph around the focus, which is pinned at
 * the centre. Then the shape is stretched, each axis on its own, to fill the box. Last, a second
 * simulation pulls each node towards its stretched place while it pushes overlapping boxes (mark
 * and label) apart and keeps them inside the box.
 */
export function computeNetworkLayout(input: NetworkLayoutInput): NetworkLayout {
  const boxes = input.nodes.map(toBox);
  const { width, height } = toExtent(input, boxes);
  const shaped = shapeGraph(input, boxes);
  const stretched = stretchToFit(shaped, width, height);
  const placed = separate(stretched, width, height);
  return {
    width,
    height,
    nodes: placed.map((n, i) => ({
      id: n.id,
      x: round(clamp(n.x!, LAYOUT_MARGIN + n.left, width - LAYOUT_MARGIN - n.right)),
      y: round(clamp(n.y!, LAYOUT_MARGIN + n.top, height - LAYOUT_MARGIN - n.bottom)),
      radius: input.nodes[i]!.radius,
    })),
  };
}

function toBox(node: NetworkLayoutInput['nodes'][number]): BoxedNode & { isFocus: boolean } {
  const half = Math.max(node.radius, node.labelWidth / 2);
  return { id: node.id, isFocus: node.isFocus, left: half, right: half, top: node.radius, bottom: node.radius + LABEL_GAP + LABEL_HEIGHT };
}

/** The box asked for, grown in proportion when the nodes' boxes would cover more than 40% of it. */
function toExtent(input: NetworkLayoutInput, boxes: BoxedNode[]): { width: number; height: number } {
  const needed = boxes.reduce((sum, b) => sum + (b.left + b.right + BOX_PADDING) * (b.top + b.bottom + BOX_PADDING), 0) / 0.4;
  const grow = Math.max(1, Math.sqrt(needed / (input.width * input.height)));
  return { width: Math.round(input.width * grow), height: Math.round(input.height * grow) };
}

function shapeGraph(input: NetworkLayoutInput, boxes: (BoxedNode & { isFocus: boolean })[]): BoxedNode[] {
  const nodes = boxes.map((b) => ({ ...b, ...(b.isFocus ? { fx: 0, fy: 0 } : {}) }));
  const links: (SimulationLinkDatum<BoxedNode> & { kind: NetworkEdgeKind })[] = input.edges.map((e) => ({ ...e }));
  const link = forceLink<BoxedNode, (typeof links)[number]>(links).id((n) => n.id);
  const defaultStrength = link.strength();
  link.distance((l) => LINK_DISTANCE[l.kind]).strength((l, i, all) => LINK_STRENGTH[l.kind] ?? defaultStrength(l, i, all));
  const simulation = forceSimulation(nodes)
    .force('link', link)
    .force('charge', forceManyBody<BoxedNode>().strength(-360))
    .force('x', forceX<BoxedNode>(0).strength(0.05))
    .force('y', forceY<BoxedNode>(0).strength(0.05))
    // Circles are enough to shape the graph, and d3's quadtree keeps them cheap for hundreds of
    // nodes; the exact boxes are kept apart in the last step.
    .force('collide', forceCollide<BoxedNode>((n) => (n.left + n.top + n.bottom) / 2))
    .stop();
  simulation.tick(300);
  return nodes;
}

/** Scales x and y about the focus so the outermost boxes touch the margins. */
function stretchToFit(nodes: BoxedNode[], width: number, height: number): BoxedNode[] {
  const cx = width / 2, cy = height / 2;
  let sx = Infinity, sy = Infinity;
  for (const n of nodes) {
    const dx = n.x!, dy = n.y!;
    if (dx > 0.5) sx = Math.min(sx, (cx - LAYOUT_MARGIN - n.right) / dx);
    if (dx < -0.5) sx = Math.min(sx, (cx - LAYOUT_MARGIN - n.left) / -dx);
    if (dy > 0.5) sy = Math.min(sy, (cy - LAYOUT_MARGIN - n.bottom) / dy);
    if (dy < -0.5) sy = Math.min(sy, (cy - LAYOUT_MARGIN - n.top) / -dy);
  }
  sx = Math.max(0.05, Math.min(sx, MAX_STRETCH));
  sy = Math.max(0.05, Math.min(sy, MAX_STRETCH));
  return nodes.map((n) => {
    const x = cx + n.x! * sx, y = cy + n.y! * sy;
    const pinned = n.fx != null ? { fx: x, fy: y } : { fx: null, fy: null };
    return { ...n, x, y, vx: 0, vy: 0, ...pinned };
  });
}

function separate(nodes: BoxedNode[], width: number, height: number): BoxedNode[] {
  const targets = new Map(nodes.map((n) => [n.id, { x: n.x!, y: n.y! }]));
  const simulation = forceSimulation(nodes)
    .velocityDecay(0.5)
    .force('x', forceX<BoxedNode>((n) => targets.get(n.id)!.x).strength(0.08))
    .force('y', forceY<BoxedNode>((n) => targets.get(n.id)!.y).strength(0.08))
    .force('collide', forceNetworkBoxCollide(BOX_PADDING, 0.5))
    .force('bounds', forceNetworkBounds(width, height, LAYOUT_MARGIN))
    .stop();
  simulation.tick(220);
  return nodes;
}

const round = (v: number) => Math.round(v * 10) / 10;
