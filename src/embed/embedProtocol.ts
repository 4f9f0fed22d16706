/**
 * The messages an embed and its host page exchange, shared with `public/embed.js` (which, being a
 * plain script for other sites, repeats these two strings). They are public: a newsroom may
 * write its own resizer against them, so they never change meaning.
 *
 * - embed to host: `{ type: 'partnership-atlas:height', height: <CSS pixels>, view: <embed view> }`,
 *   sent on load and whenever the content's height changes (a new width reflows it).
 * - host to embed: `{ type: 'partnership-atlas:ask-height' }`, for a script that loaded after the
 *   first message; the embed answers with its height.
 */
export const HEIGHT_MESSAGE = 'partnership-atlas:height';
export const ASK_HEIGHT_MESSAGE = 'partnership-atlas:ask-height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
  view: string;
}

export function toHeightMessage(height: number, view: string): HeightMessage {
  return { type: HEIGHT_MESSAGE, height: Math.ceil(height), view };
}

export function isAskHeight(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === ASK_HEIGHT_MESSAGE;
}
