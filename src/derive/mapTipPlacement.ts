import type { GridBox } from './boxGrid';

/** Where the tooltip goes in the map, in pixels from its edges, and the most room it may take. */
export interface TipPlacement {
  left?: number;
  right?: number;
  top?: number;
  bottom?: number;
  maxWidth: number;
  maxHeight: number;
}

/** Room between the tooltip and what it describes, and between it and the map's edge. */
const GAP = 8;
const EDGE = 8;
/** The tooltip's widest, and the least width or height it is given even where room is short. */
const WIDEST = 280;
const NARROWEST = 140;
const LOWEST = 60;
/** Room below that is enough, whatever the room above (four lines): the tooltip reads best under what it names. */
const ENOUGH_BELOW = 90;

/**
 * The tooltip beside what it describes, never over it: `anchor` is the pointer (a box of no
 * size) or a place's label and point together (a place reached by keyboard). The tooltip goes
 * under the anchor, or over it when there is more room there, and its height is capped to that
 * room, so it cannot reach the anchor; across, it starts at the anchor's near edge (a little past
 * the pointer) on the side with room, capped to the map's width, so the map never cuts it off.
 */
export function placeMapTip(anchor: GridBox, size: { width: number; height: number }): TipPlacement {
  const { width, height } = size;
  // The pointer's own arrow takes some room past its point.
  const pad = anchor.x1 === anchor.x0 ? GAP + 4 : 0;
  const start = anchor.x0 + pad;
  const end = anchor.x1 - pad;
  const roomRight = width - EDGE - start;
  const roomLeft = end - EDGE;
  const rightward = roomRight >= Math.min(WIDEST, roomLeft);
  const room = Math.max(rightward ? roomRight : roomLeft, NARROWEST);
  const across = rightward ? { left: Math.min(start, width - EDGE - room) } : { right: Math.min(width - end, width - EDGE - room) };
  const gap = GAP + (pad ? 4 : 0);
  const roomBelow = height - EDGE - anchor.y1 - gap;
  const roomAbove = anchor.y0 - gap - EDGE;
  const below = roomBelow >= ENOUGH_BELOW || roomBelow >= roomAbove;
  return {
    ...across,
    ...(below ? { top: anchor.y1 + gap } : { bottom: height - anchor.y0 + gap }),
    maxWidth: Math.min(WIDEST, room),
    maxHeight: Math.max(below ? roomBelow : roomAbove, LOWEST),
  };
}
