import type { EmbedView } from '../config/appConfig';
import type { Lang } from '../i18n/lang';
import type { Filters, Pick } from '../state/store';
import { serializeUrlState, VIEWS, type View } from '../state/urlState';
import { embedPageName } from './embedPages';

/** What an embed or a link back carries: the state a reader sees. */
export interface SharedState {
  lang: Lang;
  filters: Filters;
  selection: Pick | null;
}

/** The dashboard's own address without its query or hash: every link is built on it. */
export function toBaseUrl(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

/** The state's query with the language always written, never left to the reader's browser. */
function stateQuery(state: SharedState, view: View | null): string {
  const query = serializeUrlState({ lang: null, view, filters: state.filters, selection: state.selection }, state.lang);
  return `lang=${state.lang}${query ? `&${query.slice(1)}` : ''}`;
}

/**
 * The address of one view alone: `…/?embed=network&lang=fr&sector=energy`. The language is
 * always written, so an embed in a French article stays French whatever the reader's browser
 * prefers.
 */
export function toEmbedUrl(base: string, view: EmbedView, state: SharedState): string {
  return `${base}?embed=${view}&${stateQuery(state, null)}`;
}

/**
 * The address of a view's own page, which gives link previews their title and picture:
 * `…/embed-network-fr.html?lang=fr&sector=energy`. It lies beside the dashboard's page.
 */
export function toEmbedPageUrl(base: string, view: EmbedView, state: SharedState): string {
  return `${new URL(embedPageName(view, state.lang), base).href}?${stateQuery(state, null)}`;
}

/** The full dashboard, opened on the same state with the embedded view brought forward. */
export function toDashboardUrl(base: string, view: EmbedView, state: SharedState): string {
  const forward = (VIEWS as readonly string[]).includes(view) ? (view as View) : null;
  return `${base}?${stateQuery(state, forward)}`;
}
