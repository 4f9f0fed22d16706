/**
 * Where the first dataset comes from: the shipped one, relative to the page so the site works
 * from any sub-path. The own-data issue extends this (a `?data=` link, the last dataset a
 * person loaded).
 */
export function shippedDatasetUrl(baseUri: string): string {
  return new URL('data/partnerships.json', baseUri).href;
}
