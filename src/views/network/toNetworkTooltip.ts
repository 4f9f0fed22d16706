import type { ZoomTransform } from 'd3';
import type { TextsOnDemand } from './textsOnDemand';
import type { NetworkLayout } from '../../derive/computeNetworkLayout';
import type { NetworkGraph } from '../../derive/toNetworkGraph';

export type Pointed = { kind: 'node' | 'edge'; id: string } | null;

/** Where a tooltip points: the horizontal middle, and the top and bottom of what it describes. */
export interface TooltipAnchor {
  x: number;
  top: number;
  bottom: number;
}

export interface TooltipContext {
  positions: ReadonlyMap<string, { x: number; y: number; radius: number }>;
  graph: NetworkGraph;
  transform: ZoomTransform;
  layout: NetworkLayout;
  nodeTexts: ReadonlyMap<string, { name: string; facts: string }>;
  edgeTexts: TextsOnDemand<{ pair: string; ties: string }>;
}

export function nodeAccessibleName(text: { name: string; facts: string } | undefined): string | undefined {
  return text && `${text.name}, ${text.facts}`;
}

/** The tooltip for what the pointer or focus rests on: a node's facts, an edge's ties, placed where it is on screen. */
export function toNetworkTooltip(pointed: Pointed, c: TooltipContext): { title: string; detail: string; at: TooltipAnchor } | null {
  if (!pointed) return null;
  // Fractions of the drawing, so the tooltip follows the svg at whatever size CSS gives it.
  const at = (x: number, y: number, r = 0): TooltipAnchor => {
    const [sx, sy] = c.transform.apply([x, y]);
    const sr = r * c.transform.k;
    return { x: sx / c.layout.width, top: (sy - sr) / c.layout.height, bottom: (sy + sr) / c.layout.height };
  };
  if (pointed.kind === 'node') {
    const p = c.positions.get(pointed.id);
    const text = c.nodeTexts.get(pointed.id);
    return p && text ? { title: text.name, detail: text.facts, at: at(p.x, p.y, p.radius) } : null;
  }
  const edge = c.graph.edges.find((e) => e.id === pointed.id);
  const a = edge && c.positions.get(edge.source);
  const b = edge && c.positions.get(edge.target);
  const text = c.edgeTexts.get(pointed.id);
  if (!a || !b || !text) return null;
  return { title: text.pair, detail: text.ties, at: at((a.x + b.x) / 2, (a.y + b.y) / 2) };
}
