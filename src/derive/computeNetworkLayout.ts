import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum } from 'd3';
import type { NetworkEdgeKind } from './toNetworkGraph';
import { clamp, forceNetworkBounds, forceNetworkBoxCollide, type BoxedNode } from './networkBoxForces';
import { LABEL_GAP, NETWORK_LABEL_HEIGHT } from './networkMetrics';

/** What the layout needs to know: plain data, so it can cross to a Web Worker. */
export interface NetworkLayoutInput {
  /** `memberOf`: the node a person belongs to, which it starts beside. */
  nodes: { id: string; radius: number; labelWidth: number; isFocus: boolean; memberOf?: string | null }[];
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
 * The shaping simulation's ticks: 300 for up to about 70 nodes, fewer beyond, so that a graph of
 * hundreds of nodes costs about as much as one of 70 (each tick costs about n log n). It cools on
 * the same schedule, only faster; starting from a spread-out placement, it needs fewer ticks.
 */
const SHAPE_TICKS = 300;
const MIN_SHAPE_TICKS = 80;
const SHAPE_NODE_TICKS = 20_000;
const ALPHA_MIN = 0.001;
/** The starting spiral's spacing: about the spacing the forces settle at, so they need not push the nodes out first. */
const START_SPACING = 30;
/**
 * The shaping circle of a node with a long label is capped: as wide as the label, it would push
 * every neighbour far away in all directions (and cost much more to check); the exact boxes are
 * kept apart in the last step.
 */
const MAX_SHAPE_RADIUS = 50;
/** d3's Barnes-Hut threshold, and the coarser one of a large graph. */
const DEFAULT_THETA = 0.9;
const COARSE_THETA = 1.2;
const SEPARATE_TICKS = 300;

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
  return runToEnd(layOutNetworkInSteps(input));
}

/**
 * The same layout, a few ticks at a time: it pauses (`yield`) after every tick of either
 * simulation, so that a page with no worker to run it in can lay a large network out in slices
 * between its other work instead of in one long task. Run to its end, it gives exactly what
 * `computeNetworkLayout` gives.
 */
export function* layOutNetworkInSteps(input: NetworkLayoutInput): Generator<void, NetworkLayout> {
  const boxes = input.nodes.map(toBox);
  const { width, height } = toExtent(input, boxes);
  const shaped = yield* shapeGraph(input, boxes);
  const stretched = stretchToFit(shaped, width, height);
  const placed = yield* separate(stretched, width, height);
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
  return {
    id: node.id,
    isFocus: node.isFocus,
    left: half,
    right: half,
    top: node.radius,
    bottom: node.radius + LABEL_GAP + NETWORK_LABEL_HEIGHT,
  };
}

/** The box asked for, grown in proportion when the nodes' boxes would cover more than 40% of it. */
function toExtent(input: NetworkLayoutInput, boxes: BoxedNode[]): { width: number; height: number } {
  const needed = boxes.reduce((sum, b) => sum + (b.left + b.right + BOX_PADDING) * (b.top + b.bottom + BOX_PADDING), 0) / 0.4;
  const grow = Math.max(1, Math.sqrt(needed / (input.width * input.height)));
  return { width: Math.round(input.width * grow), height: Math.round(input.height * grow) };
}

function* shapeGraph(input: NetworkLayoutInput, boxes: (BoxedNode & { isFocus: boolean })[]): Generator<void, BoxedNode[]> {
  const ticks = toShapeTicks(boxes.length);
  // A graph too large for every tick is shaped with coarser approximations too: the many-body
  // force groups more distant nodes together, and circles collide only in the second half, once
  // the nodes have spread; the exact boxes are kept apart in the last step anyway.
  const coarse = ticks < SHAPE_TICKS;
  const pinned = boxes.map((b) => ({ ...b, ...(b.isFocus ? { fx: 0, fy: 0 } : {}) }));
  // With every tick, the forces find their shape from d3's own start; with fewer, they need a head start.
  const nodes = coarse ? startingPlaces(input, pinned) : pinned;
  const links: (SimulationLinkDatum<BoxedNode> & { kind: NetworkEdgeKind })[] = input.edges.map((e) => ({ ...e }));
  const link = forceLink<BoxedNode, (typeof links)[number]>(links).id((n) => n.id);
  const defaultStrength = link.strength();
  link.distance((l) => LINK_DISTANCE[l.kind]).strength((l, i, all) => LINK_STRENGTH[l.kind] ?? defaultStrength(l, i, all));
  // Circles are enough to shape the graph, and d3's quadtree keeps them cheap for hundreds of
  // nodes; the exact boxes are kept apart in the last step.
  const collide = forceCollide<BoxedNode>((n) => Math.min(MAX_SHAPE_RADIUS, (n.left + n.top + n.bottom) / 2));
  const simulation = forceSimulation(nodes)
    .force('link', link)
    .force(
      'charge',
      forceManyBody<BoxedNode>()
        .strength(-360)
        .theta(coarse ? COARSE_THETA : DEFAULT_THETA),
    )
    .force('x', forceX<BoxedNode>(0).strength(0.05))
    .force('y', forceY<BoxedNode>(0).strength(0.05))
    .force('collide', coarse ? null : collide)
    .alphaMin(ALPHA_MIN)
    .alphaDecay(1 - Math.pow(ALPHA_MIN, 1 / ticks))
    .stop();
  for (let tick = 0; tick < ticks; tick++) {
    if (coarse && tick === Math.floor(ticks / 2)) simulation.force('collide', collide);
    simulation.tick();
    yield;
  }
  return nodes;
}

/** How many ticks the forces get to shape a graph of `count` nodes. */
export function toShapeTicks(count: number): number {
  return Math.round(Math.min(SHAPE_TICKS, Math.max(MIN_SHAPE_TICKS, SHAPE_NODE_TICKS / Math.max(1, count))));
}

/**
 * Where the nodes start: d3's own sunflower spiral, in the input's order, but as widely spaced as
 * the forces will leave them; a person starts beside the node it belongs to, which the forces
 * would otherwise have to drag it to across the graph.
 */
function startingPlaces<N extends BoxedNode>(input: NetworkLayoutInput, nodes: N[]): N[] {
  const index = new Map(input.nodes.map((n, i) => [n.id, i]));
  const memberOf = (i: number) => {
    const id = input.nodes[i]!.memberOf;
    return id == null ? undefined : index.get(id);
  };
  // A person belonging to someone who belongs to someone else (or to itself) just takes its turn on the spiral.
  const anchors = input.nodes.map((_, i) => {
    const anchor = memberOf(i);
    return anchor !== undefined && anchor !== i && memberOf(anchor) === undefined ? anchor : undefined;
  });
  const turn = Math.PI * (3 - Math.sqrt(5));
  let k = 0;
  nodes.forEach((n, i) => {
    if (anchors[i] !== undefined) return;
    const r = START_SPACING * Math.sqrt(0.5 + k);
    n.x = n.fx ?? r * Math.cos(k * turn);
    n.y = n.fy ?? r * Math.sin(k * turn);
    k += 1;
  });
  nodes.forEach((n, i) => {
    if (anchors[i] === undefined) return;
    const { x, y } = nodes[anchors[i]]!;
    // Outwards, on alternate sides so that two people of one country do not start on top of each
    // other; around the focus, which sits at the centre, along the person's own turn of the spiral.
    const angle = Math.hypot(x!, y!) > 1 ? Math.atan2(y!, x!) + (i % 2 ? 0.6 : -0.6) : i * turn;
    n.x = x! + LINK_DISTANCE.membership * Math.cos(angle);
    n.y = y! + LINK_DISTANCE.membership * Math.sin(angle);
  });
  return nodes;
}

/** Scales x and y about the focus so the outermost boxes touch the margins. */
function stretchToFit(nodes: BoxedNode[], width: number, height: number): BoxedNode[] {
  const cx = width / 2,
    cy = height / 2;
  let sx = Infinity,
    sy = Infinity;
  for (const n of nodes) {
    const dx = n.x!,
      dy = n.y!;
    if (dx > 0.5) sx = Math.min(sx, (cx - LAYOUT_MARGIN - n.right) / dx);
    if (dx < -0.5) sx = Math.min(sx, (cx - LAYOUT_MARGIN - n.left) / -dx);
    if (dy > 0.5) sy = Math.min(sy, (cy - LAYOUT_MARGIN - n.bottom) / dy);
    if (dy < -0.5) sy = Math.min(sy, (cy - LAYOUT_MARGIN - n.top) / -dy);
  }
  sx = Math.max(0.05, Math.min(sx, MAX_STRETCH));
  sy = Math.max(0.05, Math.min(sy, MAX_STRETCH));
  return nodes.map((n) => {
    const x = cx + n.x! * sx,
      y = cy + n.y! * sy;
    const pinned = n.fx != null ? { fx: x, fy: y } : { fx: null, fy: null };
    return { ...n, x, y, vx: 0, vy: 0, ...pinned };
  });
}

function* separate(nodes: BoxedNode[], width: number, height: number): Generator<void, BoxedNode[]> {
  const targets = new Map(nodes.map((n) => [n.id, { x: n.x!, y: n.y! }]));
  const simulation = forceSimulation(nodes)
    .velocityDecay(0.5)
    .force('x', forceX<BoxedNode>((n) => targets.get(n.id)!.x).strength(0.08))
    .force('y', forceY<BoxedNode>((n) => targets.get(n.id)!.y).strength(0.08))
    .force('collide', forceNetworkBoxCollide(BOX_PADDING, 0.5))
    .force('bounds', forceNetworkBounds(width, height, LAYOUT_MARGIN))
    .stop();
  for (let tick = 0; tick < SEPARATE_TICKS; tick++) {
    simulation.tick();
    yield;
  }
  return nodes;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Runs steps to their end at once, and gives what they return. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
