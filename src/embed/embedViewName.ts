import type { EmbedView } from '../config/appConfig';
import type { Messages } from '../i18n/fr';

/**
 * The name of an embedded view, as a heading, in the iframe's title, in the tab's and in its link
 * preview. Kept apart from the views' components, so the page's entry can name a view without
 * taking their chunks in.
 */
export function embedViewName(view: EmbedView, t: Messages): string {
  if (view === 'map' || view === 'network' || view === 'sectors') return t.share.chartTitles[view];
  if (view === 'timeline') return t.share.timeline;
  return t.regions[view];
}
