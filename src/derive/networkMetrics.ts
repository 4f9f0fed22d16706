import { estimateTextWidth, WIDEST_SANS_WIDTHS } from '../text/measureText';

/**
 * Sizes shared by the layout, the label placement and the drawing, so the boxes the layout keeps
 * apart are the boxes that are drawn. Label widths are estimated from the characters rather than
 * measured, so the layout is a pure function that gives the same picture in Node, a worker and
 * every browser; the estimate, in the widest common sans font, errs on the wide side.
 */
export const LABEL_FONT_SIZE = 12;
export const FOCUS_LABEL_FONT_SIZE = 13;
export const NETWORK_LABEL_HEIGHT = 15;
/** Space between a node's edge and its label. */
export const LABEL_GAP = 3;
export const MIN_RADIUS = 6;
export const MAX_RADIUS = 20;

/** A node's radius: its area grows with the partnerships it takes part in. */
export function toNetworkRadius(partnershipCount: number, maxCount: number): number {
  // A clamped square root, as d3's scaleSqrt draws it, without the scale library on the network's path.
  const share = Math.min(1, Math.sqrt(Math.max(0, partnershipCount) / Math.max(1, maxCount)));
  return Math.round((MIN_RADIUS + share * (MAX_RADIUS - MIN_RADIUS)) * 10) / 10;
}

/** The width in pixels of a one-line label in the system sans-serif font, slightly overestimated. */
export function estimateNetworkLabelWidth(text: string, fontSize = LABEL_FONT_SIZE, bold = false): number {
  return Math.ceil(estimateTextWidth(text, fontSize, bold ? 700 : 400, WIDEST_SANS_WIDTHS));
}
