import type { NetworkEdgeKind } from '../derive/toNetworkGraph';
import { FOCUS_COLOR, NEUTRAL_FILL, STATUS_STYLES } from './statusStyle';
import type { Status } from '../model/statuses';
import type { ActorKind } from '../model/actorKinds';

/**
 * The network's own marks, defined once. Partnership edges take their colour and dash from the
 * shared status styles; membership and event edges are thin and light, with their own dash, so
 * they never read as a partnership.
 */
export const TIE_STYLES: Readonly<
  Record<Exclude<NetworkEdgeKind, 'partnership'>, { color: string; width: number; dash: string | undefined }>
> = {
  membership: { color: '#8a857b', width: 1.25, dash: undefined },
  event: { color: '#8a857b', width: 1.25, dash: '7 3 1.5 3' },
};

export const NODE_COLORS = {
  fill: NEUTRAL_FILL,
  stroke: '#3b3b3b',
  focusFill: FOCUS_COLOR,
  focusStroke: '#0b1a2e',
  personFill: '#ffffff',
} as const;

/** A partnership edge grows a little with each sector the pair shares. */
export function partnershipWidth(partnerships: number, ended: boolean): number {
  if (ended) return 1.75;
  return 2.25 + Math.min(4, partnerships - 1) * 0.85;
}

/** How an edge is drawn: a partnership by its strongest status and its number of sectors, other ties by their kind. */
export function edgeStroke(
  kind: NetworkEdgeKind,
  status: Status | null,
  partnerships: number,
): { color: string; width: number; dash: string | undefined } {
  if (kind !== 'partnership' || !status) return TIE_STYLES[kind === 'partnership' ? 'membership' : kind];
  const style = STATUS_STYLES[status];
  return { color: style.color, dash: style.dash, width: partnershipWidth(partnerships, status === 'ended') };
}

/** How a node is painted: the focus stands out, people are hollow. */
export function nodePaint(kind: ActorKind, isFocus: boolean): { fill: string; stroke: string; width: number } {
  const fill = isFocus ? NODE_COLORS.focusFill : kind === 'person' ? NODE_COLORS.personFill : NODE_COLORS.fill;
  return { fill, stroke: isFocus ? NODE_COLORS.focusStroke : NODE_COLORS.stroke, width: isFocus ? 2 : 1.5 };
}

/**
 * The outline of a node centred on `x`,`y` (0,0 unless given), inside the circle of radius `r`
 * that the layout and the label placement keep clear. The diagram writes each node's place into
 * its outline rather than a `transform`: Chrome gives every transformed SVG element a paint chunk
 * of its own, and the faded layers' opacity then made each hover lay out hundreds of chunks again
 * (Layerize, about 30 ms a hover at 5,000 partnerships).
 */
export function nodeShapePath(kind: ActorKind, r: number, x = 0, y = 0): string {
  const at = (v: number) => Math.round(v * 1000) / 1000;
  if (kind === 'organization') {
    const s = r * 0.89;
    return `M${at(x - s)},${at(y - s)}H${at(x + s)}V${at(y + s)}H${at(x - s)}Z`;
  }
  if (kind === 'person') {
    return `M${at(x)},${at(y - r)}L${at(x + r)},${at(y)}L${at(x)},${at(y + r)}L${at(x - r)},${at(y)}Z`;
  }
  return `M${at(x + r)},${at(y)}A${r},${r} 0 1 1 ${at(x - r)},${at(y)}A${r},${r} 0 1 1 ${at(x + r)},${at(y)}Z`;
}

export const KIND_ORDER: readonly ActorKind[] = ['country', 'organization', 'person'];

/**
 * How the ties a dense diagram batches are painted, on its canvas and in their vector copy alike
 * (an export, a print): translucent, with round ends, as a tie aside is drawn.
 */
export const BATCHED_TIE = { opacity: 0.55, linecap: 'round' } as const;

/** The disagreement sign's two strokes (`disagreementSign`): a disc outlined in ink, two lines across it. */
export const DISAGREEMENT_SIGN = { discWidth: 1.5, signWidth: 1.6 } as const;
