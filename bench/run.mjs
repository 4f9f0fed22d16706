// `npm run bench`: builds the site, serves it with `vite preview`, and measures it in headless
// Chromium on three datasets (the shipped one and two generated ones), then runs Lighthouse on the
// full dashboard. Prints a table, writes bench-results/results.json and compares the figures with
// the budgets of issues 10 and 23. Beside the dashboard, the same datasets' network is drawn by a
// plain d3-force page (bench/reference/), and the network's figures are given as ratios to it.
// Options: --runs N (default 3), --no-build (reuse the built site), --dist DIR (default dist),
// --lighthouse-runs N (default 3; the median is kept), --no-lighthouse, --time-limit S (default 270),
// --quick (what CI runs: one run of the shipped and the 5,000-partnership datasets, one Lighthouse
// run, and the built site reused when there is one; about a minute), --xlarge (adds the 1,000-actor,
// 50,000-partnership dataset, in quick mode as in the full run: it takes a minute or more of its own).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium, INSTALL_HINT } from '../scripts/chromium.mjs';
import { DEFAULT_SEED, SIZES, generateClaimsDataset } from './generateDataset.mjs';
import { installProbe } from './probe.mjs';
import { findLighthouse, runLighthouse, summarizeLighthouse } from './lighthouse.mjs';
import { BUDGETS, ISSUE23_BUDGETS, checkBudgets, checkIssue23Budgets, formatTables } from './report.mjs';

const args = process.argv.slice(2);
const option = (/** @type {string} */ name, /** @type {string} */ fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? /** @type {string} */ (args[i + 1]) : fallback;
};
const QUICK = args.includes('--quick');
const RUNS = Math.max(1, Number(option('--runs', QUICK ? '1' : '3')));
const DIST = option('--dist', 'dist');
// Quick mode reuses a built site (CI has just built it), and builds one only when there is none.
const BUILD = !args.includes('--no-build') && !(QUICK && existsSync(join(DIST, 'index.html')));
const LIGHTHOUSE_RUNS = args.includes('--no-lighthouse') ? 0 : Math.max(1, Number(option('--lighthouse-runs', QUICK ? '1' : '3')));
const XLARGE = args.includes('--xlarge');
/**
 * The generated datasets to measure: quick mode keeps the 5,000-partnership one, which the budgets
 * are about; the 50,000 one only when asked for (`--xlarge`), since its runs alone take a minute or
 * more and CI's quick run must stay about a minute.
 */
const SIZE_NAMES = Object.keys(SIZES).filter((name) => (name === 'xlarge' ? XLARGE : !QUICK || name === 'large'));
/** The datasets whose network is also drawn by the d3 reference page and the network embed. */
const REFERENCE_SIZES = ['large', 'xlarge'].filter((name) => SIZE_NAMES.includes(name));
const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
/** What the reference page is served from: its own two files, and the d3 modules it imports. */
const REFERENCE_FILES = {
  'index.html': join(BENCH_DIR, 'reference/index.html'),
  'reference.mjs': join(BENCH_DIR, 'reference/reference.mjs'),
  ...Object.fromEntries(
    ['d3-dispatch', 'd3-force', 'd3-quadtree', 'd3-selection', 'd3-timer'].map((m) => [
      `${m}.min.mjs`,
      join(BENCH_DIR, `../node_modules/${m}/dist/${m}.min.mjs`),
    ]),
  ),
};
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const started = Date.now();
/** A run that would end past this is skipped (each dataset keeps one run at least), so the benchmark ends within five minutes. */
const TIME_LIMIT_MS = Number(option('--time-limit', '270')) * 1000;
/** Kept for what follows the datasets: the downloads (four page loads) and one Lighthouse run (15-50 s on two busy cores). */
const RESERVED_MS = 20_000 + (LIGHTHOUSE_RUNS > 0 ? 50_000 : 0) + REFERENCE_SIZES.length * 15_000;
const log = (/** @type {string} */ message) =>
  console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

/** @param {string} command @param {string[]} argv */
function run(command, argv) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`${command} ${argv.join(' ')} exited with ${code}`))));
  });
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts `vite preview` in its own process group, and waits until it answers. */
async function startPreview(/** @type {number} */ port) {
  const child = spawn('npx', ['vite', 'preview', '--outDir', DIST, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 150; i += 1) {
    try {
      if ((await fetch(url)).ok)
        return {
          url,
          stop: () => {
            try {
              process.kill(-(/** @type {number} */ (child.pid)), 'SIGTERM');
            } catch {
              /* already gone */
            }
          },
        };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`vite preview did not answer on ${url}`);
}

const gzipSize = (/** @type {Buffer} */ bytes) => gzipSync(bytes, { level: 9 }).length;

/** Raw and gzip size of every JS and CSS chunk in the built assets. */
function bundleSizes() {
  const dir = join(DIST, 'assets');
  return readdirSync(dir)
    .filter((f) => /\.(js|css)$/.test(f))
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      return { file, raw: bytes.length, gzip: gzipSize(bytes) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

/** Geometry and data are set apart from the code budget, as the issue says. */
const isGeometry = (/** @type {string} */ file) => /^countries-(110m|50m)-/.test(file);
const isLeaflet = (/** @type {string} */ file, /** @type {string} */ text) => /^MapView-/.test(file) || text.includes('leafletjs.com');

/** How many partners' nodes each run hovers. */
const HOVERS = 5;
/** How many times each run hovers the hub (the focus, tied to every actor), in the dashboard and in the d3 page. */
const HUB_HOVERS = 3;

/** @param {number[]} values */
const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};
const worst = (/** @type {number[]} */ values) => Math.max(...values.filter((v) => Number.isFinite(v)));

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  if (BUILD) {
    log(`building into ${DIST}/ (vite build)`);
    await run('npx', ['vite', 'build', '--outDir', DIST, '--logLevel', 'error']);
  } else if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`--no-build, but ${DIST}/index.html does not exist: run npm run build first`);
  } else {
    log(`reusing ${DIST}/ built ${((Date.now() - statSync(join(DIST, 'index.html')).mtimeMs) / 60000).toFixed(0)} min ago`);
  }

  const shipped = JSON.parse(readFileSync(join(DIST, 'data/partnerships.json'), 'utf8'));
  const generated = Object.fromEntries(
    Object.entries(SIZES)
      .filter(([name]) => SIZE_NAMES.includes(name))
      .map(([name, size]) => {
        log(`generating the ${name} dataset (${size.actors} actors, ${size.partnerships} partnerships)`);
        return [name, JSON.stringify(generateClaimsDataset({ ...size, seed: DEFAULT_SEED }))];
      }),
  );
  const datasets = [
    { name: 'shipped', query: '', json: shipped, bytes: readFileSync(join(DIST, 'data/partnerships.json')).length },
    ...Object.entries(generated).map(([name, text]) => ({
      name,
      query: `?data=bench-data/${name}.json`,
      json: JSON.parse(text),
      bytes: text.length,
    })),
  ].map((d) => {
    const energy = d.json.partnerships.filter((/** @type {{ sector: string }} */ p) => p.sector === 'energy').length;
    return {
      ...d,
      focus: String(d.json.focus),
      total: d.json.partnerships.length,
      actors: d.json.actors.length,
      sector: 'energy',
      sectorName: 'Énergie',
      energy,
    };
  });

  const shippedSet = /** @type {(typeof datasets)[number]} */ (datasets[0]);
  const port = await freePort();
  const server = await startPreview(port);
  log(`serving ${DIST}/ on ${server.url}; Chromium ${executablePath}`);
  const browser = await chromium.launch({ executablePath, args: FLAGS });
  /** @type {string[]} */
  const blocked = [];

  const newContext = async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'fr-FR',
      timezoneId: 'UTC',
      reducedMotion: 'reduce',
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      const path = url.startsWith(server.url) ? new URL(url).pathname : null;
      const benchData = path?.match(/^\/bench-data\/(\w+)\.json$/)?.[1];
      if (benchData && generated[benchData]) return route.fulfill({ contentType: 'application/json', body: generated[benchData] });
      const reference = path?.match(/^\/bench-reference\/([\w.-]+)$/)?.[1];
      const referenceFile = reference ? REFERENCE_FILES[/** @type {keyof typeof REFERENCE_FILES} */ (reference)] : undefined;
      if (referenceFile)
        return route.fulfill({
          contentType: referenceFile.endsWith('.html') ? 'text/html' : 'text/javascript',
          body: readFileSync(referenceFile),
        });
      if (path !== null || /^(data|blob):/.test(url)) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    return context;
  };

  try {
    const results = {
      date: new Date().toISOString(),
      mode: QUICK ? 'quick' : 'full',
      runs: RUNS,
      chromium: browser.version(),
      cpus: cpus().length,
      loadBefore: loadavg().map((l) => Math.round(l * 10) / 10),
      loadAfter: /** @type {number[]} */ ([]),
      cutShort: /** @type {string[]} */ ([]),
      datasets: /** @type {any[]} */ ([]),
      bundle: bundleSizes(),
      downloads: /** @type {any[]} */ ([]),
      reference: /** @type {any[]} */ ([]),
      budgets: /** @type {any[]} */ ([]),
      budgets23: /** @type {any[]} */ ([]),
      lighthouse: /** @type {any} */ (null),
      blocked,
      seconds: 0,
    };

    for (const d of datasets) {
      /** @type {any[]} */
      const runs = [];
      let lastRunMs = 0;
      for (let i = 0; i < RUNS; i += 1) {
        // Past the time limit, a dataset keeps the runs it has (at least one) and says so.
        if (i > 0 && Date.now() - started + lastRunMs > TIME_LIMIT_MS - RESERVED_MS) {
          results.cutShort.push(`${d.name}: ${i} of ${RUNS} runs (time limit)`);
          break;
        }
        log(`${d.name} (${d.actors} actors, ${d.total} partnerships): run ${i + 1} of ${RUNS}`);
        const runStart = Date.now();
        const context = await newContext();
        try {
          runs.push(await measureDashboard(context, server.url, d));
        } finally {
          await context.close();
        }
        lastRunMs = Date.now() - runStart;
      }
      const pick = (/** @type {(r: any) => number} */ f) => ({ median: median(runs.map(f)), worst: worst(runs.map(f)) });
      results.datasets.push({
        name: d.name,
        actors: d.actors,
        partnerships: d.total,
        sectors: d.json.sectors.length,
        bytes: d.bytes,
        drawn: Object.fromEntries(['map', 'network', 'sectors', 'table', 'all'].map((v) => [v, pick((r) => r.drawn[v])])),
        filter: {
          ...pick((r) => r.filter.all),
          dom: pick((r) => r.filter.dom),
          perView: Object.fromEntries(['map', 'network', 'sectors', 'table'].map((v) => [v, pick((r) => r.filter.perView[v])])),
          longestTask: pick((r) => r.filter.longestTask),
          rowsAfter: runs[0].filter.rows,
          expectedAfter: d.energy,
        },
        hubHover: {
          ...pick((r) => r.hubHover.frame),
          dom: pick((r) => r.hubHover.dom),
          first: pick((r) => r.hubHover.first),
          count: runs[0].hubHover.count,
        },
        dateStep: {
          ...pick((r) => r.dateStep.all),
          dom: pick((r) => r.dateStep.dom),
          longestTask: pick((r) => r.dateStep.longestTask),
        },
        hover: {
          ...pick((r) => r.hover.frame),
          dom: pick((r) => r.hover.dom),
          input: pick((r) => r.hover.input),
          paint: pick((r) => r.hover.paint),
          followed: pick((r) => r.hover.followed),
          first: pick((r) => r.hover.first),
          firstDom: pick((r) => r.hover.firstDom),
        },
        mapHover: {
          ...pick((r) => r.mapHover.frame),
          dom: pick((r) => r.mapHover.dom),
          followed: pick((r) => r.mapHover.followed),
          first: pick((r) => r.mapHover.first),
        },
        longestTask: pick((r) => r.longestTask),
        longTasksOver200: pick((r) => r.longTasksOver200),
        heapMB: pick((r) => r.heap / 1048576),
        runs,
      });
    }

    for (const embed of [null, 'network', 'sectors', 'map']) {
      log(`downloads before drawing: ${embed ? `?embed=${embed}` : 'full dashboard'}`);
      const context = await newContext();
      try {
        results.downloads.push(await measureDownloads(context, server.url, embed, shippedSet));
      } finally {
        await context.close();
      }
    }

    // The network alone, on the same datasets: the dashboard's embed, then the plain d3 page.
    for (const name of REFERENCE_SIZES) {
      const d = /** @type {(typeof datasets)[number]} */ (datasets.find((x) => x.name === name));
      /** @type {any} */
      const entry = { dataset: name, actors: d.actors, partnerships: d.total };
      for (const [key, measure] of /** @type {const} */ ([
        ['embed', measureNetworkEmbed],
        ['d3', measureReference],
      ])) {
        log(`${key === 'embed' ? '?embed=network' : 'd3 reference page'} on ${name}`);
        const context = await newContext();
        try {
          entry[key] = await measure(context, server.url, d);
        } finally {
          await context.close();
        }
      }
      results.reference.push(entry);
    }

    results.lighthouse = await measureLighthouse(server.url, executablePath);

    results.seconds = Math.round((Date.now() - started) / 1000);
    results.loadAfter = loadavg().map((l) => Math.round(l * 10) / 10);
    results.budgets = checkBudgets(results);
    results.budgets23 = checkIssue23Budgets(results);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/results.json', `${JSON.stringify(results, null, 2)}\n`);
    console.log(formatTables(results));
    console.log(
      `\nWrote bench-results/results.json in ${results.seconds} s. Budgets from issue 10: ${BUDGETS.map((b) => b.label).join('; ')}. Issue 23's ${ISSUE23_BUDGETS.length} are listed above.`,
    );
  } finally {
    await browser.close();
    server.stop();
  }
}

/**
 * Lighthouse on the full dashboard (shipped data), LIGHTHOUSE_RUNS times within the time limit;
 * the run with the median performance score is the one reported, and its whole report is kept in
 * bench-results/lighthouse.json.
 * @param {string} url
 * @param {string} chromePath
 */
async function measureLighthouse(url, chromePath) {
  const cli = findLighthouse();
  if (LIGHTHOUSE_RUNS === 0) return { skipped: 'not asked for (--no-lighthouse)', runs: [], median: null };
  if (!cli) return { skipped: 'not run: the lighthouse package is not installed (npm i -D -E lighthouse@12.2.3)', runs: [], median: null };
  mkdirSync('bench-results', { recursive: true });
  /** @type {{ summary: ReturnType<typeof summarizeLighthouse>; lhr: any }[]} */
  const runs = [];
  let lastRunMs = 0;
  for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) {
    if (i > 0 && Date.now() - started + lastRunMs > TIME_LIMIT_MS) break;
    log(`Lighthouse (mobile preset) on the full dashboard: run ${i + 1} of ${LIGHTHOUSE_RUNS}`);
    const runStart = Date.now();
    try {
      const lhr = await runLighthouse({ cli, url, chromePath, flags: FLAGS, outFile: join('bench-results', 'lighthouse.run.json') });
      runs.push({ summary: summarizeLighthouse(lhr), lhr });
    } catch (error) {
      // Lighthouse failing is reported, not fatal: the benchmark's other figures still stand.
      return {
        skipped: `failed: ${error instanceof Error ? error.message : String(error)}`,
        runs: runs.map((r) => r.summary),
        median: null,
      };
    } finally {
      rmSync(join('bench-results', 'lighthouse.run.json'), { force: true });
    }
    lastRunMs = Date.now() - runStart;
  }
  const sorted = [...runs].sort((a, b) => (a.summary.performance ?? 0) - (b.summary.performance ?? 0));
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  if (middle) writeFileSync(join('bench-results', 'lighthouse.json'), JSON.stringify(middle.lhr));
  return { skipped: null, asked: LIGHTHOUSE_RUNS, runs: runs.map((r) => r.summary), median: middle?.summary ?? null };
}

/**
 * One cold load of the full dashboard (a fresh context, so an empty cache), then a hover on a
 * network node and a click on the Énergie sector chip.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} base
 * @param {{ query: string; total: number; actors: number; sectorName: string; energy: number; focus: string }} d
 */
async function measureDashboard(context, base, d) {
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(installProbe, { total: d.total, actors: d.actors, embed: null });
  await page.goto(`${base}${d.query}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => /** @type {any} */ (window).__bench?.drawn.all !== undefined, null, { timeout: 180_000, polling: 250 });
  await quiet(page);
  const drawn = await page.evaluate(() => /** @type {any} */ (window).__bench.drawn);
  const longTasks = await page.evaluate(() => /** @type {any} */ (window).__bench.longTasks);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = /** @type {{ usedSize: number }} */ (await cdp.send('Runtime.getHeapUsage')).usedSize;

  // Hover: a partner's node whose centre is not covered by another node or a label.
  const network = page.locator('#view-network');
  await network.scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await quiet(page);
  // Five partners' nodes whose centre is not covered by another node or a label, hovered in turn:
  // the first hover pays for code the browser has not run yet, the others are what a person
  // moving over the diagram sees.
  const targets = await page.evaluate(
    ({ focus, count }) => {
      /** @type {{ id: string; x: number; y: number }[]} */
      const found = [];
      for (const node of document.querySelectorAll('#view-network .network-node')) {
        const box = node.querySelector('.network-node__shape')?.getBoundingClientRect();
        if (!box || box.width === 0) continue;
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        if (y < 0 || y > window.innerHeight) continue;
        const hit = document.elementFromPoint(x, y)?.closest('.network-node');
        if (hit === node && node.getAttribute('data-id') !== focus) found.push({ id: node.getAttribute('data-id') ?? '', x, y });
        if (found.length === count) break;
      }
      return found;
    },
    { focus: d.focus, count: HOVERS },
  );
  const hover = await measureHovers(
    page,
    'network',
    targets.map((t) => ({ ...t, which: t.id })),
  );
  // The hub, the focus tied to every actor: the worst case, and the node a person hovers first.
  const hub = await visiblePoint(page, `#view-network .network-node[data-id="${d.focus}"]`, '.network-node');
  const hubHover = await measureHovers(page, 'network', hub ? Array.from({ length: HUB_HOVERS }, () => ({ ...hub, which: d.focus })) : []);

  // Then five labelled places of the map, the focus left out, whose label's centre is not covered.
  await page.locator('#view-map .map-canvas').evaluate((canvas) => canvas.scrollIntoView({ block: 'center' }));
  await page.mouse.move(0, 0);
  await quiet(page);
  const places = await page.evaluate((count) => {
    /** @type {{ which: number; x: number; y: number }[]} */
    const found = [];
    document.querySelectorAll('#view-map ul.map-places > .map-place').forEach((place, which) => {
      const label = place.querySelector('button.map-place__label');
      if (found.length === count || !label || place.classList.contains('map-place--focus')) return;
      const box = label.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (box.width > 0 && y > 0 && y < window.innerHeight && document.elementFromPoint(x, y)?.closest('.map-place') === place)
        found.push({ which, x, y });
    });
    return found;
  }, HOVERS);
  const mapHover = await measureHovers(page, 'map', places);
  await page.mouse.move(0, 0);
  await quiet(page);

  // A step of the date slider, every partnership shown (before the filter).
  const dateStep = await measureDateStep(page);

  // Filter: click the sector chip, wait until the count shows, then until every view is still.
  const chip = page
    .locator('section.filter-bar')
    .getByRole('group', { name: 'Secteur' })
    .getByRole('button', { name: d.sectorName, exact: true });
  await chip.scrollIntoViewIfNeeded();
  await quiet(page);
  const tasksBefore = await page.evaluate(() => {
    const b = /** @type {any} */ (window).__bench;
    b.clickAt = -1;
    b.mutations = {};
    b.afterFrame = {};
    /** @type {any} */ (window).__benchWatch();
    return b.longTasks.length;
  });
  await chip.click();
  // A cheap check by polling, so the wait itself adds little work to the page's main thread.
  await page.waitForFunction(
    (n) =>
      new RegExp(`^${n} partenariats? sur`).test(
        (document.querySelector('.filter-bar [role="status"]')?.textContent ?? '').replace(/(\d)[\s\u00a0\u202f](?=\d)/g, '$1'),
      ),
    d.energy,
    { timeout: 60_000, polling: 100 },
  );
  await quiet(page);
  const f = await page.evaluate(() => /** @type {any} */ (window).__bench);
  const rows = await page.locator('#view-table tbody tr').count();
  const perView = Object.fromEntries(
    ['map', 'network', 'sectors', 'table'].map((v) => [v, (f.afterFrame[v] ?? f.mutations[v] ?? NaN) - f.clickAt]),
  );
  const filterTasks = f.longTasks.slice(tasksBefore).filter((/** @type {{ start: number }} */ t) => t.start >= f.clickAt - 1);
  await page.close();
  if (errors.length) throw new Error(`errors in the page: ${errors.join('; ')}`);
  return {
    drawn,
    longestTask: Math.max(0, ...longTasks.map((/** @type {{ duration: number }} */ t) => t.duration)),
    longTasksOver200: longTasks.filter((/** @type {{ duration: number }} */ t) => t.duration > 200).length,
    heap,
    hover: { ...hover, nodes: targets.map((t) => t.id) },
    hubHover,
    dateStep,
    mapHover,
    filter: {
      all: Math.max(...Object.values(perView).filter(Number.isFinite)),
      dom: Math.max(...Object.values(f.mutations).map((t) => /** @type {number} */ (t) - f.clickAt)),
      perView,
      longestTask: Math.max(0, ...filterTasks.map((/** @type {{ duration: number }} */ t) => t.duration)),
      rows,
    },
  };
}

/**
 * A point of the element that `selector` finds where the pointer would reach it (what
 * `elementFromPoint` gives there is inside it, up to `closest`): the centre if nothing covers it,
 * otherwise the first free point of a 9x9 grid over its box. Scrolls it into view first.
 * @param {import('@playwright/test').Page} page
 * @param {string} selector
 * @param {string} closest
 * @returns {Promise<{ x: number; y: number } | null>}
 */
async function visiblePoint(page, selector, closest) {
  const element = page.locator(selector).first();
  if ((await element.count()) === 0) return null;
  await element.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await page.mouse.move(0, 0);
  await quiet(page);
  return element.evaluate((e, up) => {
    const box = e.getBoundingClientRect();
    const points = [[0.5, 0.5]];
    for (let i = 1; i < 10; i += 1) for (let j = 1; j < 10; j += 1) points.push([i / 10, j / 10]);
    for (const [fx, fy] of points) {
      const x = box.left + box.width * /** @type {number} */ (fx);
      const y = box.top + box.height * /** @type {number} */ (fy);
      const hit = document.elementFromPoint(x, y);
      if (hit && (e.contains(hit) || hit.closest(up) === e)) return { x, y };
    }
    return null;
  }, closest);
}

/**
 * One step of the date slider: the slider focused one date before the latest, then ArrowRight
 * pressed, timed as a filter click is, from the key's `timeStamp` to the end of the frame after
 * the last DOM change in each view. NaN where the dataset has no dates.
 * @param {import('@playwright/test').Page} page
 */
async function measureDateStep(page) {
  const slider = page.locator('.date-control input[type="range"]');
  if ((await slider.count()) === 0) return { all: NaN, dom: NaN, longestTask: NaN, perView: {} };
  await slider.scrollIntoViewIfNeeded();
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await quiet(page);
  const before = await slider.inputValue();
  const tasksBefore = await page.evaluate(() => {
    const b = /** @type {any} */ (window).__bench;
    b.clickAt = -1;
    b.mutations = {};
    b.afterFrame = {};
    b.keyArmed = true;
    /** @type {any} */ (window).__benchWatch();
    return b.longTasks.length;
  });
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(
    (was) => /** @type {HTMLInputElement | null} */ (document.querySelector('.date-control input[type="range"]'))?.value !== was,
    before,
    { timeout: 60_000, polling: 100 },
  );
  await quiet(page);
  const f = await page.evaluate(() => /** @type {any} */ (window).__bench);
  const perView = Object.fromEntries(
    ['map', 'network', 'sectors', 'table'].map((v) => [v, (f.afterFrame[v] ?? f.mutations[v] ?? NaN) - f.clickAt]),
  );
  const tasks = f.longTasks.slice(tasksBefore).filter((/** @type {{ start: number }} */ t) => t.start >= f.clickAt - 1);
  return {
    all: Math.max(...Object.values(perView).filter(Number.isFinite)),
    dom: Math.max(...Object.values(f.mutations).map((t) => /** @type {number} */ (t) - f.clickAt)),
    longestTask: Math.max(0, ...tasks.map((/** @type {{ duration: number }} */ t) => t.duration)),
    perView,
  };
}

/**
 * The dashboard's network alone (`?embed=network`) on a generated dataset, cold: when it has drawn
 * (as the probe sees it), the longest task until then, and the JS it downloaded by then (gzip -9
 * of the built files).
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} base
 * @param {{ name: string; query: string; total: number; actors: number }} d
 */
async function measureNetworkEmbed(context, base, d) {
  const page = await context.newPage();
  await page.addInitScript(installProbe, { total: d.total, actors: d.actors, embed: 'network' });
  // An embed shows a `?data=` link's dataset only when its address names the link's host.
  await page.goto(`${base}?embed=network&data=bench-data/${d.name}.json&datahost=${new URL(base).host}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => /** @type {any} */ (window).__bench?.drawn.all !== undefined, null, { timeout: 120_000, polling: 250 });
  await quiet(page);
  const figures = await loadFigures(page, (path) => join(DIST, decodeURIComponent(path)));
  await page.close();
  return figures;
}

/**
 * The plain d3-force page (bench/reference/) on a generated dataset, cold: drawn, longest task,
 * JS downloaded (gzip -9 of the served files), then the hub hovered HUB_HOVERS times as the
 * dashboard's is.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} base
 * @param {{ name: string; total: number; actors: number; json: any }} d
 */
async function measureReference(context, base, d) {
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(installProbe, { total: d.total, actors: d.actors, embed: 'reference' });
  await page.goto(`${base}bench-reference/index.html?data=../bench-data/${d.name}.json`, { waitUntil: 'commit' });
  await page.waitForFunction(() => /** @type {any} */ (window).__bench?.drawn.all !== undefined, null, { timeout: 120_000, polling: 250 });
  await quiet(page);
  const figures = await loadFigures(page, (path) => {
    const file = path.match(/^\/bench-reference\/([\w.-]+)$/)?.[1];
    return file ? (REFERENCE_FILES[/** @type {keyof typeof REFERENCE_FILES} */ (file)] ?? '') : '';
  });
  const hubId = hubOf(d.json);
  const hub = await visiblePoint(page, `svg.reference circle[data-id="${hubId}"]`, 'circle');
  const hubHover = await measureHovers(page, 'reference', hub ? Array.from({ length: HUB_HOVERS }, () => ({ ...hub, which: hubId })) : []);
  await page.close();
  if (errors.length) throw new Error(`errors in the reference page: ${errors.join('; ')}`);
  return { ...figures, hub: hubId, hubHover };
}

/**
 * The actor with the most partnerships.
 * @param {{ actors: { id: string }[]; partnerships: { actors: string[] }[] }} json
 */
function hubOf(json) {
  /** @type {Map<string, number>} */
  const degree = new Map();
  for (const p of json.partnerships) for (const a of p.actors) degree.set(a, (degree.get(a) ?? 0) + 1);
  return [...degree].reduce((best, next) => (next[1] > best[1] ? next : best), ['', -1])[0];
}

/**
 * What a page that has drawn took: when (`drawn.all`), its longest task and its heap, and the JS
 * it downloaded until then, gzip -9 of the local files that `localFile` maps its paths to.
 * @param {import('@playwright/test').Page} page
 * @param {(path: string) => string} localFile
 */
async function loadFigures(page, localFile) {
  const { drawn, longTasks, resources } = await page.evaluate(() => {
    const b = /** @type {any} */ (window).__bench;
    return {
      drawn: /** @type {number} */ (b.drawn.all),
      longTasks: /** @type {{ start: number; duration: number }[]} */ (b.longTasks),
      resources: performance.getEntriesByType('resource').map((r) => ({ url: r.name, start: r.startTime })),
    };
  });
  const files = resources
    .filter((r) => /\.m?js$/.test(new URL(r.url).pathname) && r.start <= drawn)
    .map((r) => {
      const local = localFile(new URL(r.url).pathname);
      const bytes = local && existsSync(local) ? readFileSync(local) : Buffer.alloc(0);
      return { file: new URL(r.url).pathname, gzip: gzipSize(bytes) };
    });
  return {
    drawn,
    longestTask: Math.max(0, ...longTasks.filter((t) => t.start <= drawn).map((t) => t.duration)),
    jsFiles: files.length,
    jsGzip: files.reduce((s, f) => s + f.gzip, 0),
  };
}

/** Waits until the page has had no DOM change in its views and no long task for 400 ms. */
/**
 * Hovers each target in turn, from the page's corner, and gives the median of the hovers' times
 * and the first hover's: to the highlight in the DOM and to the end of the next frame, the input's
 * wait before its first listener, Event Timing's figure, and when the other views had followed.
 * @param {import('@playwright/test').Page} page
 * @param {'network' | 'map' | 'reference'} view
 * @param {{ which: string | number; x: number; y: number }[]} targets
 */
async function measureHovers(page, view, targets) {
  /** @type {{ dom: number; frame: number; input: number; paint: number; followed: number }[]} */
  const hovers = [];
  for (const target of targets) {
    if (
      !(await page.evaluate(
        ([v, which]) => /** @type {any} */ (window).__benchArmHover(v, which),
        /** @type {const} */ ([view, target.which]),
      ))
    )
      continue;
    await page.mouse.move(target.x, target.y);
    await page.waitForFunction(() => /** @type {any} */ (window).__bench.hoverFrame >= 0, null, { timeout: 10_000 });
    const h = await page.evaluate(() => /** @type {any} */ (window).__bench);
    // Event Timing's figure for the pointer events of this move, 8 ms below its 16 ms threshold when it reported none.
    await page.waitForTimeout(100);
    const followed = await page.evaluate(() => {
      const b = /** @type {any} */ (window).__bench;
      /** @type {any} */ (window).__benchStopHover();
      return b.hoverFollowed - b.hoverAt;
    });
    const slow = await page.evaluate(
      (at) => /** @type {any} */ (window).__bench.slowEvents.filter((/** @type {{ start: number }} */ e) => Math.abs(e.start - at) < 1),
      h.hoverAt,
    );
    const paint = Math.max(8, ...slow.map((/** @type {{ duration: number }} */ e) => e.duration));
    hovers.push({ dom: h.hoverShown - h.hoverAt, frame: h.hoverFrame - h.hoverAt, input: h.hoverDispatched - h.hoverAt, paint, followed });
    await page.mouse.move(0, 0);
    await quiet(page);
  }
  const first = hovers[0] ?? { dom: NaN, frame: NaN };
  return {
    frame: median(hovers.map((h) => h.frame)),
    dom: median(hovers.map((h) => h.dom)),
    input: median(hovers.map((h) => h.input)),
    paint: median(hovers.map((h) => h.paint)),
    followed: median(hovers.map((h) => h.followed)),
    first: first.frame,
    firstDom: first.dom,
    count: hovers.length,
  };
}

async function quiet(/** @type {import('@playwright/test').Page} */ page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        let last = performance.now();
        const observer = new MutationObserver(() => {
          last = performance.now();
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        const check = () => {
          const b = /** @type {any} */ (window).__bench;
          const lastTask = Math.max(
            0,
            ...(b?.longTasks ?? []).map((/** @type {{ start: number; duration: number }} */ t) => t.start + t.duration),
          );
          if (performance.now() - Math.max(last, lastTask) > 400) {
            observer.disconnect();
            resolve(undefined);
          } else setTimeout(check, 100);
        };
        setTimeout(check, 100);
      }),
  );
}

/**
 * What a first visit downloads (JS and CSS) before its view has drawn, on the shipped dataset.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} base
 * @param {string | null} embed
 * @param {{ total: number; actors: number }} d
 */
async function measureDownloads(context, base, embed, d) {
  const page = await context.newPage();
  /** @type {Map<string, string>} */
  const encodings = new Map();
  page.on('response', (response) => encodings.set(response.url(), response.headers()['content-encoding'] ?? 'none'));
  await page.addInitScript(installProbe, { total: d.total, actors: d.actors, embed });
  await page.goto(`${base}${embed ? `?embed=${embed}` : ''}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => /** @type {any} */ (window).__bench?.drawn.all !== undefined, null, { timeout: 60_000, polling: 100 });
  // The budget counts what is downloaded before the first view has drawn.
  const { drawnAt, drawnAll, resources } = await page.evaluate(() => ({
    drawnAll: /** @type {number} */ (/** @type {any} */ (window).__bench.drawn.all),
    drawnAt: Math.min(
      ...Object.entries(/** @type {any} */ (window).__bench.drawn)
        .filter(([k]) => k !== 'all')
        .map(([, t]) => /** @type {number} */ (t)),
    ),
    resources: performance.getEntriesByType('resource').map((r) => {
      const e = /** @type {PerformanceResourceTiming} */ (r);
      return { url: e.name, start: e.startTime, end: e.responseEnd, transfer: e.transferSize, encoded: e.encodedBodySize };
    }),
  }));
  await page.close();
  // Issue 23's budget counts the JS downloaded once every view has drawn.
  const jsOnceDrawn = resources
    .filter((r) => /\.js$/.test(new URL(r.url).pathname) && r.start <= drawnAll)
    .map((r) => {
      const local = join(DIST, decodeURIComponent(new URL(r.url).pathname));
      return existsSync(local) ? gzipSize(readFileSync(local)) : 0;
    });
  const files = [];
  for (const r of resources) {
    const path = new URL(r.url).pathname;
    if (!/\.(js|css)$/.test(path) || r.start > drawnAt) continue;
    const local = join(DIST, decodeURIComponent(path));
    const bytes = existsSync(local) ? readFileSync(local) : Buffer.alloc(0);
    const file = relative(join(DIST, 'assets'), local);
    files.push({
      file,
      raw: bytes.length,
      gzip: gzipSize(bytes),
      sent: r.encoded,
      encoding: encodings.get(r.url) ?? 'unknown',
      geometry: isGeometry(file),
      leaflet: isLeaflet(file, bytes.toString('latin1')),
    });
  }
  const code = files.filter((f) => !f.geometry);
  return {
    page: embed ? `?embed=${embed}` : 'full dashboard',
    drawnMs: drawnAt,
    drawnAllMs: drawnAll,
    jsGzipOnceDrawn: jsOnceDrawn.reduce((s, g) => s + g, 0),
    files,
    codeRaw: code.reduce((s, f) => s + f.raw, 0),
    codeGzip: code.reduce((s, f) => s + f.gzip, 0),
    codeSent: code.reduce((s, f) => s + f.sent, 0),
    geometryGzip: files.filter((f) => f.geometry).reduce((s, f) => s + f.gzip, 0),
    leafletOrGeometry: files.filter((f) => f.geometry || f.leaflet).map((f) => f.file),
  };
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
