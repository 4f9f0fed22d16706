import type { AppConfig, EmbedView } from '../config/appConfig';
import { DATA_HOST_PARAM, linkHost } from '../config/dataLink';
import { toSiteBaseUrl } from './embedPages';
import { VIEWS } from '../model/views';

/**
 * An embed shows a `?data=` link's dataset only when its address also names that link's host
 * (`&datahost=other.site`), as the Embed dialog writes it for a dataset that came from a link.
 * Without that word, anyone could frame another site's title, partnerships and source under
 * this atlas's credit; the embed then loads nothing, and says whose data it was asked to show.
 */
export function holdEmbedData(config: AppConfig, base: string): AppConfig {
  if (!config.embed || !config.dataUrl) return config;
  const host = linkHost(config.dataUrl, base);
  if (host !== null && config.dataHost === host) return config;
  return { ...config, dataUrl: null, heldData: config.dataUrl };
}

/**
 * The full dashboard on the held link's data, with the rest of the embed's address (language,
 * filters, selection) and its view brought forward: the dashboard names the data's host above it.
 */
export function toHeldDataDashboardUrl(href: string, view: EmbedView): string {
  const params = new URLSearchParams(new URL(href).search);
  params.delete('embed');
  params.delete(DATA_HOST_PARAM);
  if ((VIEWS as readonly string[]).includes(view)) params.set('view', view);
  return `${toSiteBaseUrl(href)}?${params.toString()}`;
}
