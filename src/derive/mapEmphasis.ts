import type { Highlight } from './relations';

/** How strongly a map feature is drawn, from what the selection and the hover bring forward. */
export type Emphasis = 'normal' | 'selected' | 'hovered' | 'dimmed';

export interface MapHighlights {
  selection: Highlight;
  hover: Highlight;
}

const isActive = (h: Highlight) => h.actors.size > 0 || h.partnerships.size > 0;

function emphasis(inSelection: boolean, inHover: boolean, highlights: MapHighlights): Emphasis {
  if (inSelection) return 'selected';
  if (inHover) return 'hovered';
  return isActive(highlights.selection) || isActive(highlights.hover) ? 'dimmed' : 'normal';
}

/** A country or a place: brought forward when its actor is. */
export function mapActorEmphasis(actorId: string, highlights: MapHighlights): Emphasis {
  return emphasis(highlights.selection.actors.has(actorId), highlights.hover.actors.has(actorId), highlights);
}

function linkIn(h: Highlight, link: { from: string; to: string; partnershipIds: readonly string[] }): boolean {
  if (link.partnershipIds.some((id) => h.partnerships.has(id))) return true;
  // A pick with actors but no partnerships (an event) brings forward the links between its actors.
  return h.partnerships.size === 0 && h.actors.has(link.from) && h.actors.has(link.to);
}

/** A link: brought forward when one of its partnerships is, or when both its ends are picked by an event. */
export function mapLinkEmphasis(link: { from: string; to: string; partnershipIds: readonly string[] }, highlights: MapHighlights): Emphasis {
  return emphasis(linkIn(highlights.selection, link), linkIn(highlights.hover, link), highlights);
}
