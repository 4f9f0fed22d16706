// The budgets of issues 10 and 23, their check against the measured figures, the ratios of the
// dashboard's network to the plain d3 page's, and the printed tables.
import { LIGHTHOUSE_METRICS } from './lighthouse.mjs';

/** @typedef {{ median: number; worst: number }} Stat */

/** @type {{ id: string; label: string }[]} */
export const BUDGETS = [
  { id: 'download', label: 'full dashboard JS+CSS before its first view draws <= 200 kB gzip (geometry and data apart)' },
  { id: 'embeds', label: 'network and sectors embeds download no Leaflet or world geometry' },
  { id: 'draw', label: 'at 5,000 partnerships every view draws within 2,000 ms (median)' },
  { id: 'filter', label: 'at 5,000 partnerships a filter click updates every view within 100 ms (median)' },
  { id: 'hover', label: 'at 5,000 partnerships hover feedback within 16 ms (median of the hovers)' },
  { id: 'longtask', label: 'at 5,000 partnerships no main-thread task over 200 ms (worst run)' },
  { id: 'lighthouse', label: 'Lighthouse mobile performance >= 0.95, accessibility 1.0' },
];

/** @type {{ id: string; label: string }[]} */
export const ISSUE23_BUDGETS = [
  { id: 'embedDrawn', label: 'at 5,000 partnerships ?embed=network drawn no later than the d3 page (median)' },
  { id: 'draw', label: 'at 5,000 partnerships the full dashboard draws every view within 1,500 ms (median)' },
  { id: 'hubHover', label: 'at 5,000 partnerships hover on the hub within 16 ms (median of its hovers, next frame)' },
  { id: 'filter', label: 'at 5,000 partnerships a filter click updates every view within 100 ms (median)' },
  { id: 'longtask', label: 'at 5,000 partnerships no main-thread task over 50 ms (load, filter, date step; worst run)' },
  { id: 'embedJs', label: '?embed=network (shipped data) downloads <= 120 kB of JS (gzip) until drawn' },
  { id: 'fullJs', label: 'full dashboard (shipped data) downloads <= 200 kB of JS (gzip) until every view has drawn' },
  { id: 'xlDraw', label: 'at 50,000 partnerships every view drawn within 3,000 ms (median)' },
  { id: 'xlFilter', label: 'at 50,000 partnerships a filter click updates every view within 200 ms (median)' },
  { id: 'xlHover', label: 'at 50,000 partnerships hover within 16 ms, the hub included (median, next frame)' },
  { id: 'xlDate', label: 'at 50,000 partnerships a date-slider step updates every view within 100 ms (median)' },
  { id: 'xlHeap', label: 'at 50,000 partnerships JS heap <= 300 MB after load (worst run)' },
  { id: 'xlTask', label: 'at 50,000 partnerships no main-thread task over 100 ms (load, filter, date step; worst run)' },
];

const ms = (/** @type {number} */ v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');
const kB = (/** @type {number} */ v) => `${(v / 1000).toFixed(1)} kB`;
const MB = (/** @type {number} */ v) => `${Math.round(v)} MB`;
const stat = (/** @type {Stat} */ s) => `${ms(s.median)} / ${ms(s.worst)}`;
/** Event Timing reports only events of 16 ms or more; the benchmark writes 8 ms for one it did not report. */
const underSixteen = (/** @type {number} */ v) => (v <= 8 ? '< 16 ms' : ms(v));
/** "met", or by how much the figure misses its target. */
const verdict = (/** @type {number} */ value, /** @type {number} */ limit, /** @type {(v: number) => string} */ unit) =>
  !Number.isFinite(value)
    ? 'not measured'
    : value <= limit
      ? `met (${unit(value)} <= ${unit(limit)})`
      : `MISSED by ${unit(value - limit)} (${unit(value)}, ${(value / limit).toFixed(1)}x the ${unit(limit)} target)`;

/** @param {any} results */
export function checkBudgets(results) {
  const full = results.downloads.find((/** @type {any} */ d) => d.page === 'full dashboard');
  const embeds = results.downloads.filter((/** @type {any} */ d) => d.page === '?embed=network' || d.page === '?embed=sectors');
  const large = results.datasets.find((/** @type {any} */ d) => d.name === 'large');
  const views = ['map', 'network', 'sectors', 'table'];
  const slowestDraw = large ? Math.max(...views.map((v) => large.drawn[v].median)) : NaN;
  const slowestView = large ? views.reduce((a, b) => (large.drawn[a].median >= large.drawn[b].median ? a : b)) : '';
  const lighthouse = results.lighthouse?.median ?? null;
  const noLarge = 'not measured (no 5,000-partnership run)';
  const heavy = embeds.flatMap((/** @type {any} */ e) => e.leafletOrGeometry.map((/** @type {string} */ f) => `${e.page}: ${f}`));
  return BUDGETS.map((b) => {
    switch (b.id) {
      case 'download':
        return { ...b, verdict: full ? verdict(full.codeGzip, 200_000, kB) : 'not measured' };
      case 'embeds':
        return { ...b, verdict: heavy.length === 0 ? 'met (no Leaflet or geometry chunk requested)' : `MISSED: ${heavy.join(', ')}` };
      case 'draw':
        return { ...b, verdict: large ? `${verdict(slowestDraw, 2000, ms)}; slowest view: ${slowestView}` : noLarge };
      case 'filter':
        return { ...b, verdict: large ? verdict(large.filter.median, 100, ms) : noLarge };
      case 'hover':
        return { ...b, verdict: large ? verdict(large.hover.median, 16, ms) : noLarge };
      case 'longtask':
        return { ...b, verdict: large ? verdict(Math.max(large.longestTask.worst, large.filter.longestTask.worst), 200, ms) : noLarge };
      default:
        return {
          ...b,
          verdict: lighthouse ? lighthouseVerdict(lighthouse) : `not measured: Lighthouse ${results.lighthouse?.skipped ?? 'was not run'}`,
        };
    }
  });
}

/**
 * Issue 23's budgets, each met, missed or not measured, from the results of a run (`run.mjs`).
 * @param {any} results
 */
export function checkIssue23Budgets(results) {
  const large = results.datasets.find((/** @type {any} */ d) => d.name === 'large');
  const xlarge = results.datasets.find((/** @type {any} */ d) => d.name === 'xlarge');
  const reference = (results.reference ?? []).find((/** @type {any} */ r) => r.dataset === 'large');
  const download = (/** @type {string} */ page) => results.downloads.find((/** @type {any} */ d) => d.page === page);
  const embed = download('?embed=network');
  const full = download('full dashboard');
  const noLarge = 'not measured (no 5,000-partnership run)';
  const noXlarge = 'not measured (no 50,000-partnership run: --xlarge)';
  /** The worst task of a dataset's runs: during load, the filter and the date step. */
  const worstTask = (/** @type {any} */ d) =>
    Math.max(
      d.longestTask.worst,
      d.filter.longestTask.worst,
      ...(d.dateStep ? [d.dateStep.longestTask.worst] : []).filter(Number.isFinite),
    );
  /** @type {Record<string, () => string>} */
  const verdicts = {
    embedDrawn: () =>
      reference?.embed && reference?.d3
        ? `${verdict(reference.embed.drawn, reference.d3.drawn, ms)}; ${formatRatio(reference.embed.drawn, reference.d3.drawn)} the d3 page's`
        : 'not measured (no reference run at 5,000 partnerships)',
    draw: () => (large ? verdict(large.drawn.all.median, 1500, ms) : noLarge),
    hubHover: () => (large?.hubHover ? verdict(large.hubHover.median, 16, ms) : noLarge),
    filter: () => (large ? verdict(large.filter.median, 100, ms) : noLarge),
    longtask: () => (large ? verdict(worstTask(large), 50, ms) : noLarge),
    embedJs: () => (embed ? verdict(embed.jsGzipOnceDrawn, 120_000, kB) : 'not measured'),
    fullJs: () => (full ? verdict(full.jsGzipOnceDrawn, 200_000, kB) : 'not measured'),
    xlDraw: () => (xlarge ? verdict(xlarge.drawn.all.median, 3000, ms) : noXlarge),
    xlFilter: () => (xlarge ? verdict(xlarge.filter.median, 200, ms) : noXlarge),
    xlHover: () =>
      xlarge
        ? `${verdict(Math.max(xlarge.hover.median, xlarge.hubHover?.median ?? NaN), 16, ms)} (the slower of the partners' and the hub's)`
        : noXlarge,
    xlDate: () => (xlarge ? verdict(xlarge.dateStep?.median ?? NaN, 100, ms) : noXlarge),
    xlHeap: () => (xlarge ? verdict(xlarge.heapMB.worst, 300, MB) : noXlarge),
    xlTask: () => (xlarge ? verdict(worstTask(xlarge), 100, ms) : noXlarge),
  };
  return ISSUE23_BUDGETS.map((b) => ({ ...b, verdict: verdicts[b.id]?.() ?? 'not measured' }));
}

/**
 * The dashboard's figure as a multiple of the d3 page's: "2.29x", or "n/a" when either is missing
 * or the reference is zero.
 * @param {number} dashboard
 * @param {number} reference
 */
export function formatRatio(dashboard, reference) {
  if (!Number.isFinite(dashboard) || !Number.isFinite(reference) || reference <= 0) return 'n/a';
  return `${(dashboard / reference).toFixed(2)}x`;
}

/**
 * The rows of the network's figures beside the d3 page's, for one dataset measured in both.
 * @param {any} entry a `results.reference` entry: the dataset, its `embed` and its `d3` figures
 * @param {any} dataset the same dataset's full dashboard figures, if measured
 * @returns {string[][]}
 */
export function ratioRows(entry, dataset) {
  const { embed, d3 } = entry;
  /** @type {[string, number, number, (v: number) => string][]} */
  const figures = [
    ['?embed=network drawn', embed?.drawn ?? NaN, d3?.drawn ?? NaN, ms],
    ['full dashboard: network drawn (median)', dataset?.drawn.network.median ?? NaN, d3?.drawn ?? NaN, ms],
    ['hover on the hub, next frame (median)', dataset?.hubHover?.median ?? NaN, d3?.hubHover?.frame ?? NaN, ms],
    ['longest task until drawn: ?embed=network', embed?.longestTask ?? NaN, d3?.longestTask ?? NaN, ms],
    ['longest task during load: full dashboard (median)', dataset?.longestTask.median ?? NaN, d3?.longestTask ?? NaN, ms],
    ['JS downloaded until drawn: ?embed=network (gzip)', embed?.jsGzip ?? NaN, d3?.jsGzip ?? NaN, kB],
  ];
  return figures.map(([label, a, b, unit]) => [label, unit(a), unit(b), formatRatio(a, b)]);
}

/** @param {{ performance: number | null; accessibility: number | null }} l */
function lighthouseVerdict(l) {
  const misses = [
    (l.performance ?? 0) < 0.95 ? `performance ${score(l.performance)} < 0.95` : '',
    (l.accessibility ?? 0) < 1 ? `accessibility ${score(l.accessibility)} < 1.00` : '',
  ].filter(Boolean);
  return misses.length
    ? `MISSED: ${misses.join(', ')}`
    : `met (performance ${score(l.performance)}, accessibility ${score(l.accessibility)})`;
}

const score = (/** @type {number | null} */ s) => (s === null ? 'n/a' : s.toFixed(2));

/** @param {any} lighthouse what `measureLighthouse` returns */
function lighthouseTable(lighthouse) {
  const l = lighthouse?.median;
  if (!l) return `Lighthouse: ${lighthouse?.skipped ?? 'not run'}.`;
  const runs = lighthouse.runs.length;
  const metric = (/** @type {{ id: string; unit: string }} */ m) => {
    const v = l.metrics[m.id]?.value ?? NaN;
    return m.unit === 'ms' ? ms(v) : Number.isFinite(v) ? v.toFixed(3) : 'n/a';
  };
  const rows = [
    [
      'Lighthouse, mobile preset, full dashboard',
      `median of ${runs} run${runs > 1 ? 's' : ''}`,
      'score',
      ...(runs > 1 ? ['all runs'] : []),
    ],
    [
      'performance (budget >= 0.95)',
      score(l.performance),
      '',
      ...(runs > 1 ? [lighthouse.runs.map((/** @type {any} */ r) => score(r.performance)).join(' ')] : []),
    ],
    [
      'accessibility (budget 1.00)',
      score(l.accessibility),
      '',
      ...(runs > 1 ? [lighthouse.runs.map((/** @type {any} */ r) => score(r.accessibility)).join(' ')] : []),
    ],
    ...LIGHTHOUSE_METRICS.map((m) => [
      `  ${m.label}`,
      metric(m),
      score(l.metrics[m.id]?.score ?? null),
      ...(runs > 1
        ? [
            lighthouse.runs
              .map((/** @type {any} */ r) =>
                m.unit === 'ms' ? ms(r.metrics[m.id]?.value ?? NaN) : (r.metrics[m.id]?.value ?? NaN).toFixed(3),
              )
              .join(' '),
          ]
        : []),
    ]),
  ];
  const flagged = [...l.flagged.performance, ...l.flagged.accessibility].map(
    (/** @type {any} */ a) => `  - ${a.title}${a.value ? `: ${a.value}` : ''} (score ${score(a.score)})`,
  );
  return [
    table(rows),
    flagged.length ? `Audits below 0.9:\n${flagged.join('\n')}` : 'Every scored audit passes (0.9 or more).',
    `Lighthouse ${l.lighthouseVersion}; host CPU benchmark index ${l.benchmarkIndex ?? 'n/a'} (Lighthouse calibrates its 4x CPU slowdown for about 1,000-1,500; below that, and on busy cores, its simulated times come out longer).`,
    ...l.warnings.map((/** @type {string} */ w) => `Lighthouse warning: ${w}`),
  ].join('\n');
}

/** @param {string[][]} rows */
function table(rows) {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (/** @type {string[]} */ r) =>
    `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
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
    row('hover the hub -> highlight (next frame)', (x) => (x.hubHover ? stat(x.hubHover) : 'n/a')),
    row('  of which DOM committed', (x) => (x.hubHover ? stat(x.hubHover.dom) : 'n/a')),
    row('date-slider step -> all views (next frame)', (x) => (x.dateStep ? stat(x.dateStep) : 'n/a')),
    row('  longest task in the step', (x) => (x.dateStep ? stat(x.dateStep.longestTask) : 'n/a')),
    row('hover node -> highlight (next frame)', (x) => stat(x.hover)),
    row('  of which input before dispatch', (x) => stat(x.hover.input)),
    row('  of which DOM committed', (x) => stat(x.hover.dom)),
    row('  map, sectors, table followed (DOM)', (x) => stat(x.hover.followed)),
    row('  first hover of the page (next frame)', (x) => stat(x.hover.first)),
    row('  input to next paint (Event Timing)', (x) => `${underSixteen(x.hover.paint.median)} / ${underSixteen(x.hover.paint.worst)}`),
    row('hover map place -> highlight (next frame)', (x) => stat(x.mapHover)),
    row('  of which DOM committed', (x) => stat(x.mapHover.dom)),
    row('  network, sectors, table followed (DOM)', (x) => stat(x.mapHover.followed)),
    row('  first hover of the map (next frame)', (x) => stat(x.mapHover.first)),
    row('longest task during load', (x) => stat(x.longestTask)),
    row('tasks over 200 ms during load', (x) => `${x.longTasksOver200.median} / ${x.longTasksOver200.worst}`),
    row('JS heap after load (after GC)', (x) => `${x.heapMB.median.toFixed(1)} / ${x.heapMB.worst.toFixed(1)} MB`),
    row('dataset file', (x) => kB(x.bytes)),
  ]);
  const bundle = table([
    ['chunk (dist/assets)', 'raw', 'gzip -9'],
    ...results.bundle.map((/** @type {any} */ b) => [b.file, kB(b.raw), kB(b.gzip)]),
    [
      'total',
      kB(results.bundle.reduce((/** @type {number} */ s, /** @type {any} */ b) => s + b.raw, 0)),
      kB(results.bundle.reduce((/** @type {number} */ s, /** @type {any} */ b) => s + b.gzip, 0)),
    ],
  ]);
  const downloads = table([
    [
      'page (shipped data)',
      'first view drawn',
      'JS+CSS files',
      'code raw',
      'code gzip',
      'sent by server',
      'geometry gzip',
      'Leaflet / geometry chunks',
    ],
    ...results.downloads.map((/** @type {any} */ x) => [
      x.page,
      ms(x.drawnMs),
      String(x.files.length),
      kB(x.codeRaw),
      kB(x.codeGzip),
      `${kB(x.codeSent)} (${[...new Set(x.files.map((/** @type {any} */ f) => f.encoding))].join(',')})`,
      kB(x.geometryGzip),
      x.leafletOrGeometry.join(' ') || 'none',
    ]),
  ]);
  const budgets = results.budgets.map((/** @type {any} */ b) => `- ${b.label}: ${b.verdict}`).join('\n');
  const budgets23 = (results.budgets23 ?? []).map((/** @type {any} */ b) => `- ${b.label}: ${b.verdict}`).join('\n');
  const ratios = (results.reference ?? []).map((/** @type {any} */ entry) =>
    table([
      [`network, ${entry.dataset} (${entry.actors} actors, ${entry.partnerships} p.)`, 'dashboard', 'd3 page', 'dashboard / d3'],
      ...ratioRows(
        entry,
        d.find((/** @type {any} */ x) => x.name === entry.dataset),
      ),
    ]),
  );
  return [
    `${results.mode === 'quick' ? 'Quick mode (what CI runs): ' : ''}Chromium ${results.chromium}, ${results.cpus} CPUs, ${results.runs} run${results.runs > 1 ? 's' : ''} each; times in ms from navigation start (cold cache, 1280x800).`,
    `Load average (1, 5, 15 min) before: ${results.loadBefore.join(', ')}; after: ${results.loadAfter.join(', ')}. Above ${results.cpus}, other processes shared the CPUs and the times are inflated.`,
    ...(results.cutShort.length ? [`Runs cut short: ${results.cutShort.join('; ')}.`] : []),
    '',
    timing,
    '',
    bundle,
    '',
    downloads,
    '',
    ...(ratios.length
      ? [
          'The network beside a plain d3-force SVG page (bench/reference/), same run, same browser:',
          ...ratios.flatMap((/** @type {string} */ t) => [t, '']),
          '',
        ]
      : []),
    lighthouseTable(results.lighthouse),
    '',
    'Budgets (issue 10):',
    budgets,
    '',
    'Budgets (issue 23):',
    budgets23,
    results.blocked.length
      ? `\nRequests blocked (outside the local server): ${results.blocked.join(', ')}`
      : '\nNo request left the local server.',
  ].join('\n');
}
