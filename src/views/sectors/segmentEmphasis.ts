import type { SectorStatusSegment } from '../../derive/toSectorBreakdown';
import type { Highlight } from '../../derive/relations';

/**
 * Whether a highlight brings forward a partnership counted in this bar segment. Each segment
 * asks about its own partnerships, with the highlight every mark of the page shares
 * (`hoverHighlightOf`, `selectionHighlightOf`), so a segment subscribes on its own and a hover
 * re-renders the two or three segments it changes. The answer is exact for the shown
 * partnerships only: a partnership the filters leave out lights no segment.
 */
export function segmentLit(segment: SectorStatusSegment, highlight: Highlight): boolean {
  if (highlight.partnerships.size === 0) return false;
  return segment.partnershipIds.some((id) => highlight.partnerships.has(id));
}
