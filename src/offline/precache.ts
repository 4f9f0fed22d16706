/**
 * What the service worker keeps for offline use, and which requests it answers from it. Pure, so
 * that the rule deciding what passes through the worker is tested on its own: only the build's
 * own files are ever answered, and anything else (a `?data=` link's dataset, a street tile, a
 * file of one's own) is left to the browser as if there were no worker.
 */

/** One file of the build, by its path under the site's folder. */
export interface PrecacheEntry {
  url: string;
  /** The file's content hash, or null when its name already carries one (`assets/index-3xQ1.js`). */
  revision: string | null;
}

/** The list the build writes into the worker; `version` changes whenever any file does. */
export interface PrecacheManifest {
  version: string;
  entries: PrecacheEntry[];
}

/** The name of this version's cache. The site's address is part of it, so two copies of the site on one host keep apart. */
export function cacheName(scope: string, version: string): string {
  return `${cachePrefix(scope)}${version}`;
}

export function cachePrefix(scope: string): string {
  return `partnership-atlas ${scope} `;
}

/**
 * Where a file is kept: its address, with its revision when its name does not change with its
 * content, so that a new version finds an unchanged file in the last version's cache by its key.
 */
export function cacheKey(entry: PrecacheEntry, scope: string): string {
  const url = new URL(entry.url, scope);
  if (entry.revision) url.searchParams.set('__revision', entry.revision);
  return url.href;
}

/**
 * The entry a request is answered with, or null. A page (a navigation) is matched by its path
 * alone, as its query holds the page's state (`?lang=en&select=RUS`, `?data=…`), and the site's
 * folder itself is index.html. Any other request is matched by its whole address, so a request
 * with a query is never answered from the cache.
 */
export function precachedEntry(
  request: Pick<Request, 'url' | 'method' | 'mode'>,
  scope: string,
  entries: ReadonlyMap<string, PrecacheEntry>,
): PrecacheEntry | null {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  const folder = new URL(scope);
  if (url.origin !== folder.origin || !url.pathname.startsWith(folder.pathname)) return null;
  const path = url.pathname.slice(folder.pathname.length);
  if (request.mode === 'navigate') return entries.get(path === '' ? 'index.html' : path) ?? null;
  return url.search === '' ? (entries.get(path) ?? null) : null;
}

/** The entries by their path, as `precachedEntry` looks them up. */
export function entriesByPath(manifest: PrecacheManifest): Map<string, PrecacheEntry> {
  return new Map(manifest.entries.map((entry) => [entry.url, entry]));
}
