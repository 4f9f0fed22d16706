// The code each page downloads before it draws, read from a build's manifest (`npx vite build`
// writes dist/.vite/manifest.json): the page's entry and its static imports, plus the chunks the
// page fetches at start for the views it shows, each with its own static imports. Sizes are gzip -9,
// as the bench counts them; the world geometry is counted apart, as the bench does. The bench,
// which records what Chromium really requests, has the final word: this is the quick look between
// two builds.
//
//   node scripts/bundleReport.mjs [dist] [--files]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
const listFiles = args.includes('--files');
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`${manifestPath} is missing: run \`npx vite build\` first (build.manifest is on in vite.config.ts).`);
  process.exit(1);
}
/** @type {Record<string, { file: string; name?: string; imports?: string[]; css?: string[]; isEntry?: boolean; isDynamicEntry?: boolean }>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

/** The manifest's key for a source file (the geometry's key goes through node_modules, wherever that is). */
function keyOf(/** @type {string} */ source) {
  const name = source.replace(/^.*\//, '').replace(/\.tsx?$/, '');
  return (
    Object.keys(manifest).find((k) => k === source || k.endsWith(`/${source}`)) ??
    // A module that other chunks import statically as well is a shared chunk, keyed by its name.
    Object.keys(manifest).find((k) => k.startsWith(`_${name}-`) && manifest[k]?.name === name)
  );
}

// Chunks that an older build may not have as chunks of their own (its page code was in the entry,
// its English catalogue with the French one): they are counted where they are, and skipped here.
const MAY_BE_IN_ANOTHER = new Set(['src/App.tsx', 'src/shell/embed/EmbedPage.tsx', 'src/shell/embed/EmbedApp.tsx', 'src/i18n/en.ts']);

/** A chunk's file and every file it imports statically, with the stylesheets they bring. */
function closure(/** @type {string} */ key, /** @type {Set<string>} */ files, /** @type {boolean} */ withCss = true) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the manifest`);
  if (files.has(chunk.file)) return files;
  files.add(chunk.file);
  if (withCss) for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) closure(imported, files, true);
  return files;
}

// The network lays itself out in a worker, which the manifest does not list.
const worker = readdirSync(join(dist, 'assets')).find((f) => /^layout\.worker-.*\.js$/.test(f));

const VIEWS = {
  map: ['src/views/map/MapView.tsx', 'world-atlas/countries-110m.json?raw'],
  network: ['src/views/network/NetworkView.tsx'],
  sectors: ['src/views/sectors/SectorsView.tsx'],
  timeline: ['src/views/timeline/Timeline.tsx'],
  source: ['src/views/sources/SourceReader.tsx'],
  table: ['src/views/table/TableView.tsx'],
};
const DASHBOARD = 'src/App.tsx';
const EMBED = ['src/shell/embed/EmbedPage.tsx', 'src/shell/embed/EmbedApp.tsx'];

/** Each page: the dynamic chunks it fetches at start, besides index.html's entry. */
const PAGES = [
  { name: 'full dashboard, first view (the map)', starts: [DASHBOARD, ...VIEWS.map] },
  { name: 'the same, in English', starts: [DASHBOARD, ...VIEWS.map, 'src/i18n/en.ts'] },
  {
    name: 'full dashboard, every view drawn',
    starts: [DASHBOARD, ...Object.values(VIEWS).flat(), 'src/views/network/networkLayoutAhead.ts'],
    worker: true,
  },
  { name: '?embed=network', starts: [...EMBED, ...VIEWS.network], worker: true },
  { name: '?embed=sectors', starts: [...EMBED, ...VIEWS.sectors] },
  { name: '?embed=map', starts: [...EMBED, ...VIEWS.map] },
];

const gzip = (/** @type {string} */ file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const isGeometry = (/** @type {string} */ file) => /(^|\/)countries-(110m|50m)-/.test(file);
const kB = (/** @type {number} */ bytes) => (bytes / 1000).toFixed(1);

const entry = keyOf('index.html');
if (!entry) throw new Error('index.html is not an entry of this build');
const rows = [];
for (const page of PAGES) {
  // The entry's own stylesheet is written into the page (vite.config.ts), so it is no request.
  const files = closure(entry, new Set(), false);
  for (const start of page.starts) {
    const key = keyOf(start);
    if (key) closure(key, files);
    else if (!MAY_BE_IN_ANOTHER.has(start)) throw new Error(`${start} is not a chunk of this build`);
  }
  if (page.worker && worker) files.add(`assets/${worker}`);
  const sized = [...files].map((file) => ({ file, gzip: gzip(file) })).sort((a, b) => b.gzip - a.gzip);
  const code = sized.filter((f) => !isGeometry(f.file));
  const geometry = sized.filter((f) => isGeometry(f.file));
  rows.push({
    page: page.name,
    code: code.reduce((s, f) => s + f.gzip, 0),
    geometry: geometry.reduce((s, f) => s + f.gzip, 0),
    files: code.length,
  });
  if (listFiles) {
    console.log(`\n${page.name}`);
    for (const f of code) console.log(`  ${kB(f.gzip).padStart(6)}  ${f.file}`);
  }
}

console.log(`\n${'page'.padEnd(40)}${'JS+CSS gzip kB'.padStart(16)}${'files'.padStart(7)}${'geometry kB'.padStart(13)}`);
for (const r of rows)
  console.log(`${r.page.padEnd(40)}${kB(r.code).padStart(16)}${String(r.files).padStart(7)}${kB(r.geometry).padStart(13)}`);
