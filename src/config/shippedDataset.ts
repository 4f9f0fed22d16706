/** Where the shipped dataset is, relative to the page so the site works from any sub-path. */
export function shippedDatasetUrl(baseUri: string): string {
  return new URL('data/partnerships.json', baseUri).href;
}

export const SHIPPED_LABEL = 'partnerships.json';
