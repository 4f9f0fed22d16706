// The budgets of issue 10, their check against the measured figures, and the printed tables.

/** @typedef {{ median: number; worst: number }} Stat */

/** @type {{ id: string; label: string }[]} */
export const BUDGETS = [
  { id: 'download', label: 'full dashboard JS+CSS before its first view draws <= 200 kB gzip (geometry and data apart)' },
  { id: 'embeds', label: 'network and sectors embeds download no Leaflet or world geometry' },
  { id: 'draw', label: 'at 5,000 partnerships every view draws within 2,000 ms (median)' },
  { id: 'filter', label: 'at 5,000 partnerships a filter click updates every view within 100 ms (median)' },
  { id: 'hover', label: 'at 5,000 partnerships hover feedback within 16 ms (median)' },
  { id: 'longtask', label: 'at 5,000 partnerships no main-thread task over 200 ms (worst run)' },
  { id: 'lighthouse', label: 'Lighthouse mobile performance >= 0.95, accessibility 1.0' },
];

const ms = (/** @type {number} */ v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');
const kB = (/** @type {number} */ v) => `${(v / 1000).toFixed(1)} kB`;
const stat = (/** @type {Stat} */ s) => `${ms(s.median)} / ${ms(s.worst)}`;
/** "met", or by how much the figure misses its target. */
const verdict = (/** @type {number} */ value, /** @type {number} */ limit, /** @type {(v: number) => string} */ unit) =>
  !Number.isFinite(value) ? 'not measured' : value <= limit ? `met (${unit(value)} <= ${unit(limit)})` : `MISSED by ${unit(value - limit)} (${unit(value)}, ${(value / limit).toFixed(1)}x the ${unit(limit)} target)`;

/** @param {any} results */
export function checkBudgets(results) {
  const full = results.downloads.find((/** @type {any} */ d) => d.page === 'full dashboard');
  const embeds = results.downloads.filter((/** @type {any} */ d) => d.page === '?embed=network' || d.page === '?embed=sectors');
  const large = results.datasets.find((/** @type {any} */ d) => d.name === 'large');
  const views = ['map', 'network', 'sectors', 'table'];
  const slowestDraw = large ? Math.max(...views.map((v) => large.drawn[v].median)) : NaN;
  const slowestView = large ? views.reduce((a, b) => (large.drawn[a].median >= large.drawn[b].median ? a : b)) : '';
  const heavy = embeds.flatMap((/** @type {any} */ e) => e.leafletOrGeometry.map((/** @type {string} */ f) => `${e.page}: ${f}`));
  return BUDGETS.map((b) => {
    switch (b.id) {
      case 'download': return { ...b, verdict: full ? verdict(full.codeGzip, 200_000, kB) : 'not measured' };
      case 'embeds': return { ...b, verdict: heavy.length === 0 ? 'met (no Leaflet or geometry chunk requested)' : `MISSED: ${heavy.join(', ')}` };
      case 'draw': return { ...b, verdict: `${verdict(slowestDraw, 2000, ms)}; slowest view: ${slowestView}` };
      case 'filter': return { ...b, verdict: verdict(large?.filter.median ?? NaN, 100, ms) };
      case 'hover': return { ...b, verdict: verdict(large?.hover.median ?? NaN, 16, ms) };
      case 'longtask': return { ...b, verdict: verdict(large ? Math.max(large.longestTask.worst, large.filter.longestTask.worst) : NaN, 200, ms) };
      default: return { ...b, verdict: 'not measured: Lighthouse is not installed (see docs/performance.md)' };
    }
  });
}

/** @param {string[][]} rows */
function table(rows) {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (/** @type {string[]} */ r) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [line(rows[0] ?? []), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

/** @param {any} results */
export function formatTables(results) {
  const d = results.datasets;
  const head = ['median / worst', ...d.map((/** @type {any} */ x) => `${x.name} (${x.actors} actors, ${x.partnerships} p.)`)];
  const row = (/** @type {string} */ label, /** @type {(x: any) => string} */ f) => [label, ...d.map(f)];
  const timing = table([
    head,
    row('map drawn', (x) => stat(x.drawn.map)),
    row('network drawn', (x) => stat(x.drawn.network)),
    row('sectors drawn', (x) => stat(x.drawn.sectors)),
    row('table drawn', (x) => stat(x.drawn.table)),
    row('all views drawn', (x) => stat(x.drawn.all)),
    row('filter click -> all views (next frame)', (x) => stat(x.filter)),
    row('  of which DOM committed', (x) => stat(x.filter.dom)),
    row('  longest task in the filter', (x) => stat(x.filter.longestTask)),
    row('hover node -> highlight (next frame)', (x) => stat(x.hover)),
    row('  of which DOM committed', (x) => stat(x.hover.dom)),
    row('longest task during load', (x) => stat(x.longestTask)),
    row('tasks over 200 ms during load', (x) => `${x.longTasksOver200.median} / ${x.longTasksOver200.worst}`),
    row('JS heap after load (after GC)', (x) => `${x.heapMB.median.toFixed(1)} / ${x.heapMB.worst.toFixed(1)} MB`),
    row('dataset file', (x) => kB(x.bytes)),
  ]);
  const bundle = table([
    ['chunk (dist/assets)', 'raw', 'gzip -9'],
    ...results.bundle.map((/** @type {any} */ b) => [b.file, kB(b.raw), kB(b.gzip)]),
    ['total', kB(results.bundle.reduce((/** @type {number} */ s, /** @type {any} */ b) => s + b.raw, 0)), kB(results.bundle.reduce((/** @type {number} */ s, /** @type {any} */ b) => s + b.gzip, 0))],
  ]);
  const downloads = table([
    ['page (shipped data)', 'first view drawn', 'JS+CSS files', 'code raw', 'code gzip', 'sent by server', 'geometry gzip', 'Leaflet / geometry chunks'],
    ...results.downloads.map((/** @type {any} */ x) => [x.page, ms(x.drawnMs), String(x.files.length), kB(x.codeRaw), kB(x.codeGzip), `${kB(x.codeSent)} (${[...new Set(x.files.map((/** @type {any} */ f) => f.encoding))].join(',')})`, kB(x.geometryGzip), x.leafletOrGeometry.join(' ') || 'none']),
  ]);
  const budgets = results.budgets.map((/** @type {any} */ b) => `- ${b.label}: ${b.verdict}`).join('\n');
  return [
    `Chromium ${results.chromium}, ${results.cpus} CPUs, ${results.runs} runs each; times in ms from navigation start (cold cache, 1280x800).`,
    `Load average (1, 5, 15 min) before: ${results.loadBefore.join(', ')}; after: ${results.loadAfter.join(', ')}. Above ${results.cpus}, other processes shared the CPUs and the times are inflated.`,
    ...(results.cutShort.length ? [`Runs cut short: ${results.cutShort.join('; ')}.`] : []),
    '', timing, '', bundle, '', downloads, '', 'Budgets (issue 10):', budgets,
    results.blocked.length ? `\nRequests blocked (outside the local server): ${results.blocked.join(', ')}` : '\nNo request left the local server.',
  ].join('\n');
}
