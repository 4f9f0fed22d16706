import type { ActorKind } from '../../data/schema';
import type { NetworkEdgeKind } from '../../derive/toNetworkGraph';
import { FOCUS_COLOR, NEUTRAL_FILL } from '../shared/statusStyle';

/**
 * The network's own marks, defined once. Partnership edges take their colour and dash from the
 * shared status styles; membership and event edges are thin and light, with their own dash, so
 * they never read as a partnership.
 */
export const TIE_STYLES: Readonly<Record<Exclude<NetworkEdgeKind, 'partnership'>, { color: string; width: number; dash: string | undefined }>> = {
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

/**
 * The outline of a node centred on 0,0, inside the circle of radius `r` that the layout and the
 * label placement keep clear.
 */
export function nodeShapePath(kind: ActorKind, r: number): string {
  if (kind === 'organization') {
    const s = r * 0.89;
    return `M${-s},${-s}H${s}V${s}H${-s}Z`;
  }
  if (kind === 'person') {
    const d = r;
    return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
  }
  return `M${r},0A${r},${r} 0 1 1 ${-r},0A${r},${r} 0 1 1 ${r},0Z`;
}

export const KIND_ORDER: readonly ActorKind[] = ['country', 'organization', 'person'];
