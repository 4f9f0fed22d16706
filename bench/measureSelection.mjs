// `node bench/measureSelection.mjs [--dist DIR] [--runs N] [--port P]`: how long selecting the focus
// takes on the benchmark's 5,000-partnership dataset, once every view has drawn. A click on the
// focus's node in the network, timed from the click's `timeStamp` to the end of the frame after the
// details panel has its heading (rAF, then a posted task), with the longest task in between and the
// number of list items the panel renders. Serves a built site (run `npx vite build` first).
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/chromium.mjs';
import { DEFAULT_SEED, SIZES, generateClaimsDataset } from './generateDataset.mjs';

const args = process.argv.slice(2);
const option = (/** @type {string} */ name, /** @type {string} */ fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? /** @type {string} */ (args[i + 1]) : fallback;
};
const DIST = option('--dist', 'dist');
const RUNS = Number(option('--runs', '3'));
const PORT = Number(option('--port', '4198'));
const dataset = generateClaimsDataset({ ...SIZES.large, seed: DEFAULT_SEED });
const body = JSON.stringify(dataset);

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(PORT), '--outDir', DIST], {
  stdio: 'ignore',
});
const origin = `http://127.0.0.1:${PORT}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${origin}/`)).ok) break;
  } catch {
    if (i > 100) throw new Error('vite preview did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
}

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
});
try {
  for (let run = 1; run <= RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      /** @type {any} */ (window).__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) /** @type {any} */ (window).__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.route('**/bench-data/large.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    await page.goto(`${origin}/?data=bench-data/large.json`);
    const node = page.locator(`#view-network .network-node[data-id="${dataset.focus}"]`);
    await node.waitFor({ timeout: 180_000 });
    await page.locator('#view-network .network__laying-out').waitFor({ state: 'detached', timeout: 180_000 });
    await page.waitForTimeout(3000);
    const figures = await node.evaluate(
      (element) =>
        new Promise((resolve) => {
          let clickAt = 0;
          element.addEventListener('click', (event) => (clickAt = event.timeStamp), { once: true, capture: true });
          const done = () => {
            requestAnimationFrame(() =>
              setTimeout(() => {
                const end = performance.now();
                const tasks = /** @type {{ start: number; duration: number }[]} */ (/** @type {any} */ (window).__longTasks);
                const longest = Math.max(0, ...tasks.filter((t) => t.start + t.duration >= clickAt).map((t) => t.duration));
                const panel = document.getElementById('details');
                resolve({ ms: end - clickAt, longestTask: longest, items: panel?.querySelectorAll('li').length ?? -1 });
              }, 0),
            );
          };
          const observer = new MutationObserver(() => {
            if (document.querySelector('#details h3')) {
              observer.disconnect();
              done();
            }
          });
          observer.observe(document.body, { childList: true, subtree: true });
          element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        }),
    );
    console.log(`run ${run}: select the focus ${JSON.stringify(figures)}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
