import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import type { PrecacheEntry, PrecacheManifest } from '../src/offline/precache.js';

/** The worker's source, built as one script beside index.html, so that its scope is the whole site. */
const SOURCE = 'src/offline/serviceWorker.ts';
const FILE_NAME = 'sw.js';
/** The global the worker reads its list from (`declare const` in its source), replaced by the list itself. */
const PLACEHOLDER = '__PRECACHE_MANIFEST__';

export interface BuiltFile {
  /** The path under the site's folder, with forward slashes. */
  path: string;
  contents: string | Uint8Array;
}

/**
 * Whether a person needs the file offline: the pages (the dashboard and the embed pages), every
 * file Vite wrote under assets/ (the code of every view and tool, its styles, the world geometry,
 * the layout worker) and the shipped data with its source text. Left out: source maps, the
 * pictures for link previews (read by crawlers), embed.js (run by other sites' pages) and robots.txt.
 */
export function keptOffline(path: string): boolean {
  if (path === FILE_NAME || path.endsWith('.map')) return false;
  if (path.endsWith('.html')) return !path.includes('/');
  return path.startsWith('assets/') || path.startsWith('data/');
}

const hash = (contents: string | Uint8Array) => createHash('sha256').update(contents).digest('hex').slice(0, 16);

/**
 * The worker's list. Files under assets/ carry their content hash in their name already; every
 * other file gets one as its revision. The version is a hash of the whole list, so it changes
 * whenever any file does, and with it the worker's bytes, which is how a browser finds a new version.
 */
export function toPrecacheManifest(files: readonly BuiltFile[]): PrecacheManifest {
  const entries: PrecacheEntry[] = files
    .filter((file) => keptOffline(file.path))
    .map((file) => ({ url: file.path, revision: file.path.startsWith('assets/') ? null : hash(file.contents) }))
    .sort((a, b) => (a.url < b.url ? -1 : 1));
  return { version: hash(JSON.stringify(entries)), entries };
}

function filesUnder(folder: string): BuiltFile[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: relative(folder, path).split(sep).join('/'), contents: readFileSync(path) };
    });
}

/**
 * Builds the service worker into `sw.js` and writes into it the list of the files it keeps, once
 * every page is final (after the Content-Security-Policy and the embed pages), so it goes after
 * those plugins. The copied public/ folder (the shipped data) is read from its source, as Vite
 * copies it after the bundle is written.
 */
export function serviceWorker(): Plugin {
  let root = process.cwd();
  let publicDir = '';
  return {
    name: 'service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      publicDir = config.publicDir;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: resolve(root, SOURCE), fileName: FILE_NAME });
    },
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const worker = bundle[FILE_NAME];
        if (!worker || worker.type !== 'chunk') return this.error(`service worker: ${FILE_NAME} was not built`);
        // A service worker registered as a classic script cannot import: it must share no module with the page.
        if (worker.imports.length > 0 || worker.dynamicImports.length > 0)
          return this.error(
            `service worker: ${FILE_NAME} imports ${[...worker.imports, ...worker.dynamicImports].join(', ')}; it must be one script`,
          );
        const built = Object.values(bundle).map((file) => ({
          path: file.fileName,
          contents: file.type === 'chunk' ? file.code : file.source,
        }));
        const manifest = toPrecacheManifest([...built, ...(publicDir ? filesUnder(publicDir) : [])]);
        if (worker.code.split(PLACEHOLDER).length !== 2) return this.error(`service worker: ${FILE_NAME} should read ${PLACEHOLDER} once`);
        worker.code = worker.code.replace(PLACEHOLDER, JSON.stringify(manifest)).replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
        // The list moved the code after it, so the map no longer fits; the worker is short and readable without one.
        delete bundle[`${FILE_NAME}.map`];
      },
    },
  };
}
