/**
 * The messages an embed and its host page exchange, shared with `public/embed.js` (which, being a
 * plain script for other sites, repeats these two strings). They are public: a newsroom may
 * write its own resizer against them, so they never change meaning.
 *
 * - embed to host: `{ type: 'partnership-atlas:height', height: <CSS pixels>, view: <embed view> }`,
 *   sent on load and whenever the content's height changes (a new width reflows it).
 * - embed to host, alongside it: `{ 'datawrapper-height': { <chart id>: <CSS pixels> } }`, the
 *   shape Datawrapper's embeds post, which many content systems already listen for.
 * - host to embed: `{ type: 'partnership-atlas:ask-height' }`, for a script that loaded after the
 *   first message; the embed answers with its height.
 */
export const HEIGHT_MESSAGE = 'partnership-atlas:height';
export const ASK_HEIGHT_MESSAGE = 'partnership-atlas:ask-height';
export const DATAWRAPPER_HEIGHT = 'datawrapper-height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
  view: string;
}

export type DatawrapperHeightMessage = { [DATAWRAPPER_HEIGHT]: Record<string, number> };

export function toHeightMessage(height: number, view: string): HeightMessage {
  return { type: HEIGHT_MESSAGE, height: Math.ceil(height), view };
}

export function toDatawrapperHeightMessage(height: number, chartId: string): DatawrapperHeightMessage {
  return { [DATAWRAPPER_HEIGHT]: { [chartId]: Math.ceil(height) } };
}

/**
 * The chart id a Datawrapper listener is given. Today's listeners find the iframe that sent the
 * message by its window; older ones look for an iframe whose address contains the id, so the id
 * is a piece of the embed's own address: the view's page name (`embed-map-fr`) or its query
 * (`embed=map`).
 */
export function toDatawrapperChartId(pathname: string, view: string): string {
  const page = /(?:^|\/)(embed-[a-z]+-[a-z]{2})\.html$/.exec(pathname);
  return page?.[1] ?? `embed=${view}`;
}

export function isAskHeight(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === ASK_HEIGHT_MESSAGE;
}
