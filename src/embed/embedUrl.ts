import type { EmbedView } from '../config/appConfig';
import { serializeUrlState } from '../data/urlState';
import { embedPageName } from './embedPages';
import { DATA_HOST_PARAM } from '../config/dataLink';
import type { EntityRef } from '../model/entityRef';
import type { Filters } from '../model/filters';
import { VIEWS, type View } from '../model/views';
import type { Lang } from '../model/lang';

/** What an embed or a link back carries: the state a reader sees. */
export interface SharedState {
  lang: Lang;
  filters: Filters;
  selection: EntityRef | null;
  date?: string | null;
  from?: string | null;
  /** The `?data=` link the dataset on screen came from (absolute), and its host; none for the site's own data. */
  dataLink?: { address: string; host: string } | null;
}

/** The dashboard's own address without its query or hash: every link is built on it. */
export function toBaseUrl(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

/**
 * The state's query with the language always written, never left to the reader's browser; then
 * the link's data, if any, and for an embed the word that it may show that data (`holdEmbedData`).
 */
function stateQuery(state: SharedState, view: View | null, embed = false): string {
  const query = serializeUrlState(
    { lang: null, view, filters: state.filters, selection: state.selection, date: state.date ?? null, from: state.from ?? null },
    state.lang,
  );
  const link = state.dataLink;
  const data = link
    ? `&data=${encodeURIComponent(link.address)}${embed ? `&${DATA_HOST_PARAM}=${encodeURIComponent(link.host)}` : ''}`
    : '';
  return `lang=${state.lang}${query ? `&${query.slice(1)}` : ''}${data}`;
}

/**
 * The address of one view alone: `…/?embed=network&lang=fr&sector=energy`. The language is
 * always written, so an embed in a French article stays French whatever the reader's browser
 * prefers.
 */
export function toEmbedUrl(base: string, view: EmbedView, state: SharedState): string {
  return `${base}?embed=${view}&${stateQuery(state, null, true)}`;
}

/**
 * The address of a view's own page, which gives link previews their title and picture:
 * `…/embed-network-fr.html?lang=fr&sector=energy`. It lies beside the dashboard's page.
 */
export function toEmbedPageUrl(base: string, view: EmbedView, state: SharedState): string {
  return `${new URL(embedPageName(view, state.lang), base).href}?${stateQuery(state, null, true)}`;
}

/** The full dashboard, opened on the same state with the embedded view brought forward. */
export function toDashboardUrl(base: string, view: EmbedView, state: SharedState): string {
  const forward = (VIEWS as readonly string[]).includes(view) ? (view as View) : null;
  return `${base}?${stateQuery(state, forward)}`;
}
