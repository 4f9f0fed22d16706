import { describe, expect, it } from 'vitest';
import {
  computeNetworkLayout,
  layOutNetworkInSteps,
  LAYOUT_MARGIN,
  toShapeTicks,
  type NetworkLayout,
  type NetworkLayoutInput,
} from '../../../src/derive/computeNetworkLayout';
import { LABEL_GAP, NETWORK_LABEL_HEIGHT } from '../../../src/derive/networkMetrics';
import { toNetworkGraph } from '../../../src/derive/toNetworkGraph';
import { toNetworkLayoutInput } from '../../../src/derive/toNetworkLayoutInput';
import { articleDataset } from '../../fixtures/datasetBuilder';

const dataset = articleDataset();
const graph = toNetworkGraph(dataset, dataset.partnerships);
const SIZES: [number, number][] = [
  [270, 360],
  [320, 360],
  [450, 380],
  [800, 600],
  [1400, 500],
  [300, 900],
];

/** The box a node and the label under it need, as the layout reserves it. */
function boxOf(input: NetworkLayoutInput, layout: NetworkLayout, i: number) {
  const n = layout.nodes[i]!;
  const half = Math.max(n.radius, input.nodes[i]!.labelWidth / 2);
  return { id: n.id, x0: n.x - half, x1: n.x + half, y0: n.y - n.radius, y1: n.y + n.radius + LABEL_GAP + NETWORK_LABEL_HEIGHT };
}

/** A large network: a focus tied to every other actor, and a chain among the others. */
function largeInput(count: number, width: number, height: number): NetworkLayoutInput {
  const nodes = Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    radius: i === 0 ? 20 : 7,
    labelWidth: 40 + (i % 5) * 10,
    isFocus: i === 0,
  }));
  const edges = nodes.slice(1).map((n) => ({ source: 'n0', target: n.id, kind: 'partnership' as const }));
  for (let i = 2; i < count; i += 3) edges.push({ source: `n${i - 1}`, target: `n${i}`, kind: 'partnership' });
  return { nodes, edges, width, height };
}

/** The same, with every fifth actor a person belonging to the actor before it. */
function largeInputWithPeople(count: number, width: number, height: number): NetworkLayoutInput {
  const input = largeInput(count, width, height);
  const nodes = input.nodes.map((n, i) => ({ ...n, memberOf: i % 5 === 4 ? `n${i - 1}` : null }));
  const edges = [
    ...input.edges,
    ...nodes.filter((n) => n.memberOf).map((n) => ({ source: n.memberOf!, target: n.id, kind: 'membership' as const })),
  ];
  return { ...input, nodes, edges };
}

describe('computeNetworkLayout', () => {
  it('gives the same coordinates for the same input and size', () => {
    const input = toNetworkLayoutInput(dataset, graph, 450, 380);
    const first = computeNetworkLayout(input);
    const second = computeNetworkLayout(structuredClone(input));
    expect(second).toEqual(first);
  });

  it('leaves its input untouched', () => {
    const input = toNetworkLayoutInput(dataset, graph, 450, 380);
    const copy = structuredClone(input);
    computeNetworkLayout(input);
    expect(input).toEqual(copy);
  });

  it('gives different pictures for different sizes, each filling its own box', () => {
    const narrow = computeNetworkLayout(toNetworkLayoutInput(dataset, graph, 320, 360));
    const wide = computeNetworkLayout(toNetworkLayoutInput(dataset, graph, 1400, 500));
    const spread = (l: NetworkLayout) => Math.max(...l.nodes.map((n) => n.x)) - Math.min(...l.nodes.map((n) => n.x));
    expect(spread(narrow)).toBeLessThan(320);
    expect(spread(wide)).toBeGreaterThan(spread(narrow) * 2);
  });

  for (const [width, height] of SIZES) {
    it(`keeps every node and its label inside a ${width}x${height} box, with no NaN and no two boxes overlapping`, () => {
      const input = toNetworkLayoutInput(dataset, graph, width, height);
      const layout = computeNetworkLayout(input);
      expect(layout).toMatchObject({ width, height });
      expect(layout.nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id));
      const boxes = layout.nodes.map((_, i) => boxOf(input, layout, i));
      for (const b of boxes) {
        expect([b.x0, b.x1, b.y0, b.y1].every(Number.isFinite), `${b.id} has finite coordinates`).toBe(true);
        expect(b.x0, `${b.id} left`).toBeGreaterThanOrEqual(LAYOUT_MARGIN - 0.1);
        expect(b.x1, `${b.id} right`).toBeLessThanOrEqual(width - LAYOUT_MARGIN + 0.1);
        expect(b.y0, `${b.id} top`).toBeGreaterThanOrEqual(LAYOUT_MARGIN - 0.1);
        expect(b.y1, `${b.id} bottom`).toBeLessThanOrEqual(height - LAYOUT_MARGIN + 0.1);
      }
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const overlap = a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1;
          expect(overlap, `${a.id} and ${b.id} overlap`).toBe(false);
        }
      }
    });
  }

  it('puts the focus at the centre of the box', () => {
    const layout = computeNetworkLayout(toNetworkLayoutInput(dataset, graph, 800, 600));
    expect(layout.nodes.find((n) => n.id === 'MLI')).toMatchObject({ x: 400, y: 300 });
  });

  it('spreads the nodes over the box rather than piling them in the middle', () => {
    const layout = computeNetworkLayout(toNetworkLayoutInput(dataset, graph, 800, 600));
    const xs = layout.nodes.map((n) => n.x);
    const ys = layout.nodes.map((n) => n.y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(800 * 0.6);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(600 * 0.6);
  });

  it('draws hundreds of actors on a larger canvas of the same shape, every one inside it', () => {
    const layout = computeNetworkLayout(largeInput(300, 450, 380));
    expect(layout.width).toBeGreaterThan(450);
    expect(layout.width / layout.height).toBeCloseTo(450 / 380, 1);
    for (const n of layout.nodes) {
      expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
      expect(n.x - n.radius).toBeGreaterThanOrEqual(0);
      expect(n.x + n.radius).toBeLessThanOrEqual(layout.width);
      expect(n.y - n.radius).toBeGreaterThanOrEqual(0);
      expect(n.y + n.radius).toBeLessThanOrEqual(layout.height);
    }
    // Hundreds of nodes take a second or two on a busy machine: this is why the view uses a worker.
  }, 60_000);

  it('shapes a network of hundreds of actors in fewer ticks than a small one, so that it costs about as much as one of seventy', () => {
    expect(toShapeTicks(11)).toBe(300);
    expect(toShapeTicks(60)).toBe(300);
    expect(toShapeTicks(150)).toBeLessThan(150);
    expect(toShapeTicks(250)).toBe(80);
    expect(toShapeTicks(5000)).toBe(80);
  });

  it('lays out hundreds of actors with people in the same picture every time, each person near the actor it belongs to', () => {
    const input = largeInputWithPeople(250, 450, 380);
    const layout = computeNetworkLayout(input);
    expect(computeNetworkLayout(structuredClone(input))).toEqual(layout);
    const at = new Map(layout.nodes.map((n) => [n.id, n]));
    const distances = input.nodes
      .filter((n) => n.memberOf)
      .map((n) => Math.hypot(at.get(n.id)!.x - at.get(n.memberOf!)!.x, at.get(n.id)!.y - at.get(n.memberOf!)!.y));
    const span = Math.hypot(layout.width, layout.height);
    expect(distances.sort((a, b) => a - b)[Math.floor(distances.length / 2)]).toBeLessThan(span / 8);
  }, 60_000);

  it('laid out step by step, pauses after every tick of both simulations and ends on exactly the same coordinates', () => {
    for (const input of [toNetworkLayoutInput(dataset, graph, 450, 380), largeInput(300, 800, 600)]) {
      const steps = layOutNetworkInSteps(input);
      let pauses = 0;
      let next = steps.next();
      while (!next.done) {
        pauses += 1;
        next = steps.next();
      }
      expect(pauses).toBe(toShapeTicks(input.nodes.length) + 300);
      expect(next.value).toEqual(computeNetworkLayout(input));
    }
  }, 60_000);
});
