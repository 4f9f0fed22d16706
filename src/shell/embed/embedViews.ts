import type { EmbedView } from '../../config/appConfig';
import { TimelineView, VIEW_COMPONENTS, type ViewComponent } from '../../views/viewComponents';

/**
 * Each view stays its own chunk, so an embed downloads only the one it shows: the network
 * embed never fetches Leaflet or the world geometry.
 */
export const EMBED_VIEW_COMPONENTS: Readonly<Record<EmbedView, ViewComponent>> = { ...VIEW_COMPONENTS, timeline: TimelineView };

export { embedViewName } from '../../embed/embedViewName';
