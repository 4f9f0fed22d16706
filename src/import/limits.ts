/**
 * What an imported file may hold. Past these, the page would slow to a crawl (a network of ten
 * thousand nodes) or the browser would run out of memory, so the file is refused with a sentence
 * that says which limit it crossed, before any heavy work starts.
 */
export const LIMITS = {
  /**
   * Checked on the file's size before a single byte is read, and counted again as the bytes arrive
   * (a server that sends its file in chunks announces no size): reading stops past it.
   */
  fileBytes: 20 * 1024 * 1024,
  /** Data rows of a CSV file, the header not counted. */
  rows: 5000,
  columns: 60,
  /** Characters in one CSV cell. Quotes are sentences; a whole article belongs in a source text. */
  cellLength: 10_000,
} as const;
