// `node bench/profile.mjs [--dist DIR] [--size large|medium]`: records a CPU profile of the
// dashboard loading a generated dataset, then of a hover on a network node, of a sector filter
// click and of a step of the date slider, and prints the functions with the most self time in each
// (by source file) and the app's functions with the most total time, so a
// slow view can be named with numbers. Serves a built site (run `npx vite build` first). The CPU
// profiles and traces are written to bench-results/ for a closer look.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/chromium.mjs';
import { DEFAULT_SEED, SIZES, generateClaimsDataset } from './generateDataset.mjs';

const args = process.argv.slice(2);
const option = (/** @type {string} */ name, /** @type {string} */ fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? /** @type {string} */ (args[i + 1]) : fallback;
};
const DIST = option('--dist', 'dist');
const SIZE = /** @type {keyof typeof SIZES} */ (option('--size', 'large'));
const PORT = Number(option('--port', '4199'));
const body = JSON.stringify(generateClaimsDataset({ ...SIZES[SIZE], seed: DEFAULT_SEED }));

/** @typedef {{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number; children?: number[] }} ProfileNode */

/** Self time per function, in ms, from a CDP CPU profile. @param {{ nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }} profile */
function topFunctions(profile, limit = 15) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  /** @type {Map<string, number>} */
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split('/').pop() || '(native)';
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return { total, top: [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit) };
}

/**
 * Total time per function of the app (self time and the time of what it calls), in ms: a sample
 * counts once for each function on its stack, however often that function recurses. Library and
 * React frames are left out, since they are under every app function.
 * @param {{ nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }} profile
 */
function topInclusive(profile, limit = 40) {
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // React's chunk is found by one of its own functions, whatever the bundler named it.
  const reactFiles = new Set(profile.nodes.filter((n) => n.callFrame.functionName === 'renderWithHooks').map((n) => n.callFrame.url));
  /** @type {Map<string, number>} */
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const seen = new Set();
    for (let at = /** @type {number | undefined} */ (id); at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (!node) break;
      const { functionName, url, lineNumber } = node.callFrame;
      if (!functionName || !/\/assets\//.test(url) || reactFiles.has(url)) continue;
      const key = `${functionName} ${url.split('/').pop()}:${lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
  });
  return [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit);
}

const KINDS = [
  'FunctionCall',
  'EvaluateScript',
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'HitTest',
  'MajorGC',
  'MinorGC',
  'ParseHTML',
];

/**
 * Total duration and count of each kind of main-thread event in a Chromium trace (every renderer
 * main thread: a navigation may change the renderer), and the longest layouts with who forced them.
 * @param {{ traceEvents: any[] }} trace
 */
function mainThreadWork(trace) {
  const mains = new Set(
    trace.traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  /** @type {Map<string, { ms: number; count: number }>} */
  const totals = new Map();
  /** @type {{ ms: number; by: string }[]} */
  const layouts = [];
  for (const e of trace.traceEvents) {
    if (!mains.has(`${e.pid}:${e.tid}`) || e.ph !== 'X' || !KINDS.includes(e.name)) continue;
    const ms = (e.dur ?? 0) / 1000;
    const total = totals.get(e.name) ?? { ms: 0, count: 0 };
    totals.set(e.name, { ms: total.ms + ms, count: total.count + 1 });
    if (e.name === 'Layout') {
      const frame = e.args?.beginData?.stackTrace?.[0];
      layouts.push({
        ms,
        by: frame
          ? `${frame.functionName || '(anonymous)'} ${String(frame.url).split('/').pop()}:${frame.lineNumber}`
          : 'frame (not forced)',
      });
    }
  }
  return {
    kinds: [...totals.entries()].sort((a, b) => b[1].ms - a[1].ms).map(([kind, t]) => `${kind} ${Math.round(t.ms)} ms (${t.count}x)`),
    layouts: layouts
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 6)
      .map((l) => `${Math.round(l.ms)} ms by ${l.by}`),
  };
}

/** @param {Record<string, number>} counts */
const document_total = (counts) => Object.values(counts).reduce((a, b) => a + b, 0);

async function main() {
  const server = spawn('npx', ['vite', 'preview', '--outDir', DIST, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  });
  const base = `http://127.0.0.1:${PORT}/`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', reducedMotion: 'reduce' });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.includes('/bench-data/')) return route.fulfill({ contentType: 'application/json', body });
      return url.startsWith(base) || /^(data|blob):/.test(url) ? route.continue() : route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    mkdirSync('bench-results', { recursive: true });
    /** @param {string} name @param {() => Promise<void>} action */
    const profiled = async (name, action) => {
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline.stack'] });
      await cdp.send('Profiler.start');
      await action();
      const { profile } = /** @type {any} */ (await cdp.send('Profiler.stop'));
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
      console.log(
        `\n## ${name} (${SIZE}): main-thread work by kind (ms; nested kinds such as a forced layout inside a script count in both)`,
      );
      const work = mainThreadWork(trace);
      console.log(work.kinds.join(', '));
      console.log(`longest layouts: ${work.layouts.join('; ')}`);
      writeFileSync(`bench-results/${SIZE}-${name}.cpuprofile`, JSON.stringify(profile));
      writeFileSync(`bench-results/${SIZE}-${name}.trace.json`, JSON.stringify(trace));
      const { total, top } = topFunctions(profile);
      console.log(`\n## ${name} (${SIZE}): ${Math.round(total)} ms of samples; self time by function`);
      for (const [key, t] of top) console.log(`${t.toFixed(0).padStart(7)} ms  ${key}`);
      console.log(`\n## ${name} (${SIZE}): total time by app function (itself and what it calls)`);
      for (const [key, t] of topInclusive(profile)) console.log(`${t.toFixed(0).padStart(7)} ms  ${key}`);
    };
    await profiled('load', async () => {
      await page.goto(`${base}?data=bench-data/${SIZE}.json`);
      await page.locator('#view-network .network-node').first().waitFor({ timeout: 120_000 });
      // The table lists a first page of rows and a way to the rest, as the probe's "drawn" check knows.
      await page.locator('#view-table .table-view__more').waitFor({ state: 'attached', timeout: 120_000 });
      await page.waitForTimeout(1000);
    });
    const elements = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('main section[id^="view-"], section.filter-bar, aside')].map((el) => [
          el.id || el.className,
          el.querySelectorAll('*').length,
        ]),
      ),
    );
    console.log(`\nDOM elements after load: ${document_total(elements)}; by region: ${JSON.stringify(elements)}`);
    const node = page.locator('#view-network .network-node').nth(5);
    await node.scrollIntoViewIfNeeded();
    await profiled('hover', async () => {
      await node.hover({ force: true });
      await page.waitForTimeout(1500);
    });
    await page.mouse.move(0, 0);
    await page.waitForTimeout(1500);
    const energy = page
      .locator('section.filter-bar')
      .getByRole('group', { name: 'Secteur' })
      .getByRole('button', { name: 'Énergie', exact: true });
    await profiled('filter', async () => {
      await energy.click();
      await page.waitForTimeout(2000);
    });
    // The filter is lifted before the date step, which is timed with every partnership shown.
    await page.waitForTimeout(1000);
    await energy.click();
    await page.waitForTimeout(2000);
    // A step of the date slider, one date before the latest to the latest, as the bench times it.
    const slider = page.locator('.date-control input[type="range"]');
    if ((await slider.count()) > 0) {
      await slider.scrollIntoViewIfNeeded();
      await slider.focus();
      await page.keyboard.press('ArrowLeft');
      await page.waitForTimeout(3000);
      await profiled('date', async () => {
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(4000);
      });
    }
  } finally {
    await browser.close();
    try {
      process.kill(-(/** @type {number} */ (server.pid)), 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
