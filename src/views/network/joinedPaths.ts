import type { NetworkEdge } from '../../derive/toNetworkGraph';
import { edgeStroke } from '../../styles/networkStyle';
import { ASIDE_WIDTH } from './NetworkEdgeMark';
import { disagreementSign } from './disagreementSign';

/** A segment's ends in the layout's units, rounded to a tenth, as a path piece. */
export const segment = (x1: number, y1: number, x2: number, y2: number): string => `M${at(x1)},${at(y1)}L${at(x2)},${at(y2)}`;

const at = (v: number) => Math.round(v * 10) / 10;

/**
 * Paths gathered by their paint: one path per distinct `key`, in the order each key first comes.
 * The batched ties and what the overlay brings forward are both drawn this way, a handful of paths
 * however many marks.
 */
export function pathGroups<G extends { key: string }>() {
  const groups = new Map<string, { group: G; parts: string[] }>();
  return {
    add(group: G, part: string): void {
      const found = groups.get(group.key);
      if (found) found.parts.push(part);
      else groups.set(group.key, { group, parts: [part] });
    },
    paths: (): (G & { d: string })[] => [...groups.values()].map(({ group, parts }) => ({ ...group, d: parts.join('') })),
  };
}

/** The signs (`disagreementSign`) at the middles of some segments, joined into two paths, or null when there is none. */
export function joinedSigns(middles: Iterable<{ x: number; y: number }>): { disc: string; strokes: string } | null {
  const discs: string[] = [];
  const strokes: string[] = [];
  for (const { x, y } of middles) {
    const sign = disagreementSign(x, y);
    discs.push(sign.disc);
    strokes.push(sign.strokes);
  }
  return discs.length > 0 ? { disc: discs.join(''), strokes: strokes.join('') } : null;
}

/**
 * How an edge's line is stroked, as `EdgeLine` draws it: a tie `aside` (between two other actors,
 * unless told otherwise, as every batched tie is drawn) thinner (`ASIDE_WIDTH`).
 */
export function drawnStroke(
  edge: NetworkEdge,
  aside = edge.kind === 'partnership' && !edge.withFocus,
): { color: string; width: number; dash: string | undefined } {
  const stroke = edgeStroke(edge.kind, edge.status, edge.partnershipIds.length);
  return { color: stroke.color, width: aside ? stroke.width * ASIDE_WIDTH : stroke.width, dash: stroke.dash };
}
