import type { Highlight } from './relations';

/**
 * How a map feature is drawn from what the selection and the hover bring forward: its own state.
 * The fading of everything else is not a state of each feature but of the whole map
 * (`mapFaded`), so a pick changes only the features it brings forward.
 */
export type Emphasis = 'normal' | 'selected' | 'hovered';

export interface MapHighlights {
  selection: Highlight;
  hover: Highlight;
}

const isActive = (h: Highlight) => h.actors.size > 0 || h.partnerships.size > 0;

/** Whether something is picked, in which case the map fades every feature not brought forward. */
export function mapFaded(highlights: MapHighlights): boolean {
  return isActive(highlights.selection) || isActive(highlights.hover);
}

function emphasis(inSelection: boolean, inHover: boolean): Emphasis {
  if (inSelection) return 'selected';
  return inHover ? 'hovered' : 'normal';
}

/** A country or a place: brought forward when its actor is. */
export function mapActorEmphasis(actorId: string, highlights: MapHighlights): Emphasis {
  return emphasis(highlights.selection.actors.has(actorId), highlights.hover.actors.has(actorId));
}

function linkIn(h: Highlight, link: { from: string; to: string; partnershipIds: readonly string[] }): boolean {
  if (h.partnerships.size === 0) {
    // A pick with actors but no partnerships (an event) brings forward the links between its actors.
    return h.actors.has(link.from) && h.actors.has(link.to);
  }
  // Every partnership a highlight holds has its actors in it too: a link whose ends are not both
  // there cannot hold one of its partnerships, which spares most links the look-ups below.
  if (!h.actors.has(link.from) || !h.actors.has(link.to)) return false;
  return link.partnershipIds.some((id) => h.partnerships.has(id));
}

/** A link: brought forward when one of its partnerships is, or when both its ends are picked by an event. */
export function mapLinkEmphasis(link: { from: string; to: string; partnershipIds: readonly string[] }, highlights: MapHighlights): Emphasis {
  return emphasis(linkIn(highlights.selection, link), linkIn(highlights.hover, link));
}
