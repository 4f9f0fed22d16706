import type { EmbedView } from '../config/appConfig';
import type { Messages } from '../i18n/fr';
import { TimelineView, VIEW_COMPONENTS, type ViewComponent } from '../views/viewComponents';

/**
 * Each view stays its own chunk, so an embed downloads only the one it shows: the network
 * embed never fetches Leaflet or the world geometry.
 */
export const EMBED_VIEWS: Readonly<Record<EmbedView, ViewComponent>> = { ...VIEW_COMPONENTS, timeline: TimelineView };

/** The name of an embedded view, as a heading and in the iframe's title. */
export function embedViewName(view: EmbedView, t: Messages): string {
  if (view === 'map' || view === 'network' || view === 'sectors') return t.share.chartTitles[view];
  if (view === 'timeline') return t.share.timeline;
  return t.regions[view];
}
