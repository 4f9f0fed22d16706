/**
 * A dataset named by a link (`?data=https://other.site/x.json`) is someone else's: wherever it
 * is shown, its host is named (the header, every embed, every export).
 */

/** The embed address's parameter that lets an embed show its `?data=` link: `&datahost=other.site`. */
export const DATA_HOST_PARAM = 'datahost';

/**
 * The host a link points to ("other.site", "127.0.0.1:4173"), resolved against the page's own
 * address; null for an address that is not http or https.
 */
export function linkHost(address: string, base: string): string | null {
  if (!URL.canParse(address, base)) return null;
  const url = new URL(address, base);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.host : null;
}

/** The link as an absolute address, for an embed or a link back that is opened from another page. */
export function absoluteLink(address: string, base: string): string {
  return URL.canParse(address, base) ? new URL(address, base).href : address;
}
