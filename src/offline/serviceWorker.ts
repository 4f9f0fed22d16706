import { cacheKey, cacheName, cachePrefix, entriesByPath, precachedEntry, type PrecacheEntry, type PrecacheManifest } from './precache';

/**
 * The service worker (built as `sw.js` beside index.html, see scripts/serviceWorker.ts). It keeps
 * every file of the build (the pages, the code of every view and tool, the world geometry, the
 * shipped dataset and its source text) so that the dashboard opens and draws with no network
 * after one visit, and it answers only requests for those files. Anything else never passes
 * through it: it does not look at, keep or forward a `?data=` link's dataset, a street tile or
 * any other address, which the browser fetches as if there were no worker.
 *
 * A new version of the site is a new worker with a new list: it keeps its files beside the old
 * ones and waits, so the open page keeps the code it runs; the page offers to reload
 * (`registerServiceWorker.ts`), and only then does the new worker take over and drop the old files.
 */

/** The parts of a service worker's global scope used here: the DOM library this project is typed with has none of them. */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
declare const self: WorkerScope;
/** The build's list of files, written in by scripts/serviceWorker.ts. */
declare const __PRECACHE_MANIFEST__: PrecacheManifest;

const manifest = __PRECACHE_MANIFEST__;
const scope = self.registration.scope;
const current = cacheName(scope, manifest.version);
const entries = entriesByPath(manifest);
/** How many files the install asks for at once. */
const AT_ONCE = 2;

/** A file for the cache: from the last version's cache when unchanged, else from the site. */
async function keep(cache: Cache, entry: PrecacheEntry): Promise<void> {
  const key = cacheKey(entry, scope);
  if (await cache.match(key)) return;
  const kept = await caches.match(key);
  if (kept) return cache.put(key, kept);
  // A file whose name does not change with its content is asked of the server itself, never of
  // the browser's HTTP cache, which may hold an older copy.
  const response = await fetch(new URL(entry.url, scope), { cache: entry.revision ? 'no-cache' : 'default' });
  if (!response.ok || response.redirected) throw new Error(`offline copy: ${entry.url} answered ${response.status}`);
  await cache.put(key, response);
}

/**
 * Keeps every file, a few at a time: a browser sends only a few requests to one server at once,
 * and a worker asking for every file together would queue behind its own the requests of the
 * page a person is using meanwhile (a tool they open, a dataset they load).
 */
async function keepAll(): Promise<void> {
  const cache = await caches.open(current);
  const queue = [...manifest.entries];
  const take = async (): Promise<void> => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) await keep(cache, entry);
  };
  await Promise.all(Array.from({ length: AT_ONCE }, take));
}

self.addEventListener('install', (event) => {
  // All or nothing: one missing file and this version is not installed, and the browser tries again on a later visit.
  event.waitUntil(keepAll());
});

self.addEventListener('activate', (event) => {
  const prefix = cachePrefix(scope);
  const dropOld = caches
    .keys()
    .then((names) => Promise.all(names.filter((name) => name.startsWith(prefix) && name !== current).map((name) => caches.delete(name))));
  // The page that installed the first version is answered from now on too, so a tool it has not
  // opened yet still opens once the network is gone.
  event.waitUntil(dropOld.then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const entry = precachedEntry(event.request, scope, entries);
  if (!entry) return;
  const request = event.request;
  event.respondWith(
    caches
      .open(current)
      .then((cache) => cache.match(cacheKey(entry, scope)))
      // Only if the browser has evicted the cache: the same file from the site.
      .then((kept) => kept ?? fetch(request)),
  );
});

// What a page posts to the waiting worker once the person has chosen to reload into the new
// version (registerServiceWorker.ts). Written out on both sides: the worker and the page share
// no module, so that the worker builds into one classic script.
self.addEventListener('message', (event) => {
  if (event.data === 'partnership-atlas:skip-waiting') void self.skipWaiting();
});
