import { readFileSync } from 'node:fs';
import axe from 'axe-core';
import type { Page } from '@playwright/test';
import { DEFAULT_SEED, generateClaimsDataset } from '../../bench/generateDataset.mjs';
import { expect, saveScreenshot, test } from './support/test';
import { openTool } from './support/toolbar';

// A generated version 2 dataset of ties among any actors, dense enough (some 590 pairs) for the
// map and the network to draw the ties between two actors other than the centre in batches.
const dataset = generateClaimsDataset({ actors: 100, partnerships: 1000, seed: DEFAULT_SEED });
const body = JSON.stringify(dataset);
const pairs = new Set(dataset.partnerships.map((p: { actors: string[] }) => [...p.actors].sort().join('|')));
const centreTies = [...pairs].filter((pair) => pair.split('|').includes(dataset.focus)).length;

async function openDense(page: Page, width = 1280) {
  await page.setViewportSize({ width, height: 900 });
  await page.route('**/dense.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto('./?data=dense.json');
  await expect(page.locator('#view-network .network-node')).toHaveCount(dataset.actors.length, { timeout: 60_000 });
  await expect(page.locator('#view-network .network__laying-out')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.locator('#view-map path.map-link--batched').first()).toBeAttached({ timeout: 30_000 });
}

/** How many of a canvas's pixels are painted at all. */
function paintedPixels(canvas: HTMLCanvasElement): number {
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
  return painted;
}

/**
 * The batched ties' paths, in the layout's units. The screen paints them on a canvas; a print
 * draws them as vector in their place in the svg, filled when the browser says it prints. The
 * event is sent alone, so the diagram keeps the screen's size and layout.
 */
async function batchedTiePaths(page: Page): Promise<string[]> {
  const batched = page.locator('#view-network .network-batched path');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const paths = await batched.evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''));
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(batched).toHaveCount(0);
  return paths;
}

/**
 * A point on a batched tie of the network where nothing else lies (the svg's own background is
 * what the pointer would meet), in the page's pixels: the middle of the first such segment.
 */
async function pointOnBatchedTie(page: Page): Promise<{ x: number; y: number }> {
  const paths = await batchedTiePaths(page);
  const found = await page.locator('#view-network .network-batched').evaluate((group, ds) => {
    const matrix = (group as SVGGElement).getScreenCTM();
    const svg = (group as SVGGElement).ownerSVGElement;
    if (!matrix || !svg) return null;
    for (const d of ds) {
      for (const [, x1, y1, x2, y2] of d.matchAll(/M([\d.-]+),([\d.-]+)L([\d.-]+),([\d.-]+)/g)) {
        const mid = new DOMPoint((Number(x1) + Number(x2)) / 2, (Number(y1) + Number(y2)) / 2).matrixTransform(matrix);
        const clear = [-8, 0, 8].every((dx) => [-8, 0, 8].every((dy) => document.elementFromPoint(mid.x + dx, mid.y + dy) === svg));
        if (clear) return { x: mid.x, y: mid.y };
      }
    }
    return null;
  }, paths);
  expect(found, 'a batched tie with nothing over its middle').not.toBeNull();
  return found!;
}

test('a dense dataset draws the ties among other actors in batches, and a person can still point at one and pick it', async ({ page }) => {
  test.setTimeout(120_000);
  await openDense(page);
  const network = page.locator('#view-network');

  // The centre's ties (and the ties with something to point out) stay elements; the rest are
  // painted on a canvas under the svg, hidden from assistive technology, and printed as a few paths.
  const drawnTies = await network.locator('g.network-edge').count();
  expect(drawnTies).toBeGreaterThanOrEqual(centreTies);
  expect(drawnTies).toBeLessThan(pairs.size / 2);
  const canvas = network.locator('canvas.network-batched-canvas');
  await expect(canvas).toHaveAttribute('aria-hidden', 'true');
  await expect.poll(() => canvas.evaluate(paintedPixels)).toBeGreaterThan(5_000);
  await expect(network.locator('.network-batched path')).toHaveCount(0);
  const batches = (await batchedTiePaths(page)).length;
  expect(batches).toBeGreaterThan(0);
  expect(batches).toBeLessThan(40);
  await expect(network.locator('.network-batched')).toHaveAttribute('aria-hidden', 'true');

  // Every tie is still in the list a screen reader reads.
  await network.locator('.network-list summary').click();
  await expect.poll(() => network.locator('.network-list__tie').count()).toBeGreaterThanOrEqual(pairs.size);
  await network.locator('.network-list summary').click();

  await network.scrollIntoViewIfNeeded();
  const at = await pointOnBatchedTie(page);
  await page.mouse.move(at.x, at.y);
  const tooltip = network.locator('.network-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(' – ');
  const pair = (await tooltip.textContent())!.split(/\s*:|\n/)[0]!.trim();
  await network.screenshot({ path: 'test-results/screens/dense-network-hover-batched-1280.png' });

  await page.mouse.click(at.x, at.y);
  await expect(page.getByRole('complementary', { name: 'Détails' })).toContainText(pair.split(' – ')[0]!);
  // The picked tie is drawn again forward, above the batches, which fade with the canvas's opacity.
  await expect(network.locator('.network-overlay .network-overlay__edge').first()).toBeAttached();
  await expect(canvas).toHaveCSS('opacity', '0.12');
});

test('the map draws its dense ties in batches, and a hover on one names it', async ({ page }) => {
  test.setTimeout(120_000);
  await openDense(page);
  const map = page.locator('#view-map');
  const batched = await map.locator('path.map-link--batched').count();
  expect(batched).toBeGreaterThan(0);
  expect(batched).toBeLessThan(40);
  const drawn = await map.locator('path.map-link:not(.map-link--batched)').count();
  expect(drawn).toBeLessThan(pairs.size / 2);

  // In view first: a screenshot of the view would otherwise scroll it under the resting pointer.
  await map.scrollIntoViewIfNeeded();
  // Follow a batched line until the pointer is over its hit path and nothing above it.
  const target = await map.locator('path.map-link-hit--batched').evaluate((hit) => {
    const total = (hit as SVGPathElement).getTotalLength();
    for (let step = 0.05; step < 1; step += 0.01) {
      const p = (hit as SVGPathElement).getPointAtLength(total * step);
      const screen = new DOMPoint(p.x, p.y).matrixTransform((hit as SVGPathElement).getScreenCTM()!);
      if (document.elementFromPoint(screen.x, screen.y) === hit) return { x: screen.x, y: screen.y };
    }
    return null;
  });
  expect(target, 'a point where the batched links take the pointer').not.toBeNull();
  await page.mouse.move(target!.x, target!.y);
  await expect(map.locator('.map-tooltip')).toBeVisible();
  await expect(map.locator('.map-tooltip')).toContainText(' – ');
  // The view alone: a full-page capture resizes the page, which ends the hover.
  await map.screenshot({ path: 'test-results/screens/dense-map-hover-batched-1280.png' });
});

test('a filter that leaves a dense dataset fewer ties keeps them in batches, in the map and the network', async ({ page }) => {
  test.setTimeout(120_000);
  const energy = new Set(
    dataset.partnerships
      .filter((p: { sector: string }) => p.sector === 'energy')
      .map((p: { actors: string[] }) => [...p.actors].sort().join('|')),
  );
  const energyCentre = [...energy].filter((pair) => pair.split('|').includes(dataset.focus)).length;
  // Few enough that a chart judged by its shown ties alone would no longer be dense.
  expect(energy.size).toBeLessThan(400);
  await openDense(page);
  await page
    .locator('section.filter-bar')
    .getByRole('group', { name: 'Secteur' })
    .getByRole('button', { name: 'Énergie', exact: true })
    .click();
  await expect(page.locator('.filter-bar [role="status"]')).toContainText(/^\d+ partenariats? sur/);
  const map = page.locator('#view-map');
  // The map: the centre's ties one by one (those whose two ends have a place), the rest in batches.
  const oneByOne = map.locator('path.map-link-hit:not(.map-link-hit--batched)');
  await expect.poll(() => oneByOne.count()).toBeLessThanOrEqual(energyCentre);
  expect(await oneByOne.count()).toBeGreaterThan(0);
  await expect(map.locator('path.map-link--batched').first()).toBeAttached();
  // The network: the centre's ties (and the events' edges, never batched) as elements, the rest on
  // the canvas. Drawn one by one, the shown ties alone would be more than those elements.
  const network = page.locator('#view-network');
  await expect.poll(() => network.locator('.network-edge').count()).toBeLessThan(energy.size);
  expect(await network.locator('.network-edge').count()).toBeGreaterThanOrEqual(energyCentre);
  await expect(network.locator('canvas.network-batched-canvas')).toBeAttached();
  await network.scrollIntoViewIfNeeded();
  await network.screenshot({ path: 'test-results/screens/dense-network-filtered-1280.png' });
  await map.screenshot({ path: 'test-results/screens/dense-map-filtered-1280.png' });
});

test('an SVG export of a dense network keeps the batched ties, as vector paths', async ({ page }) => {
  test.setTimeout(120_000);
  await openDense(page);
  const shown = await batchedTiePaths(page);
  expect(shown.length).toBeGreaterThan(0);
  await openTool(page, 'Exporter');
  const dialog = page.getByRole('dialog', { name: 'Exporter un graphique ou les données' });
  await dialog.getByRole('radio', { name: 'Réseau' }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^SVG/ }).click()]);
  const svg = readFileSync((await download.path())!, 'utf8');
  for (const d of shown) expect(svg).toContain(`d="${d}"`);
});

/**
 * How many of the first batched segments, placed through the svg's current matrix (its
 * zoom included), have paint on the canvas along their middle: the canvas must draw where the svg would.
 */
async function middlesOnPaint(page: Page, paths: string[]): Promise<{ painted: number; tried: number }> {
  return page.locator('#view-network').evaluate((view, ds) => {
    const group = view.querySelector<SVGGElement>('g.network-batched')!;
    const canvas = view.querySelector<HTMLCanvasElement>('canvas.network-batched-canvas')!;
    const matrix = group.getScreenCTM()!;
    const box = canvas.getBoundingClientRect();
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const ratio = canvas.width / box.width;
    let painted = 0;
    let tried = 0;
    for (const d of ds)
      for (const [, x1, y1, x2, y2] of d.matchAll(/M([\d.-]+),([\d.-]+)L([\d.-]+),([\d.-]+)/g)) {
        // Every pixel along the middle of the segment: a dashed or dotted tie leaves gaps, never a whole stretch.
        const from = new DOMPoint(Number(x1), Number(y1)).matrixTransform(matrix);
        const to = new DOMPoint(Number(x2), Number(y2)).matrixTransform(matrix);
        const steps = Math.max(8, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) * ratio * 0.4));
        const on = Array.from({ length: steps + 1 }, (_, i) => {
          const t = 0.3 + (0.4 * i) / steps;
          const x = from.x + (to.x - from.x) * t;
          const y = from.y + (to.y - from.y) * t;
          return { x: Math.round((x - box.left) * ratio), y: Math.round((y - box.top) * ratio) };
        });
        if (on.some(({ x, y }) => x < 0 || y < 0 || x >= canvas.width || y >= canvas.height)) continue;
        tried++;
        if (on.some(({ x, y }) => pixels.data[(y * canvas.width + x) * 4 + 3]! > 0)) painted++;
        if (tried === 200) return { painted, tried };
      }
    return { painted, tried };
  }, paths);
}

test('the canvas paints the batched ties where the svg places them, at rest and zoomed in', async ({ page }) => {
  test.setTimeout(120_000);
  await openDense(page);
  const network = page.locator('#view-network');
  await network.scrollIntoViewIfNeeded();
  const paths = await batchedTiePaths(page);
  const atRest = await middlesOnPaint(page, paths);
  expect(atRest.tried).toBeGreaterThan(50);
  expect(atRest.painted).toBe(atRest.tried);
  const before = await network.locator('.network-svg > g').getAttribute('transform');
  await network.getByRole('button', { name: 'Zoom avant' }).click();
  await expect(network.locator('.network-svg > g')).not.toHaveAttribute('transform', before!);
  await expect.poll(async () => (await middlesOnPaint(page, paths)).painted).toBeGreaterThan(20);
  const zoomed = await middlesOnPaint(page, paths);
  expect(zoomed.painted).toBe(zoomed.tried);
  await network.screenshot({ path: 'test-results/screens/dense-network-zoomed-1280.png' });
});

test('a print of a dense network draws its batched ties as vector paths instead of the canvas', async ({ page }) => {
  test.setTimeout(120_000);
  await openDense(page);
  const network = page.locator('#view-network');
  await page.emulateMedia({ media: 'print' });
  await expect(network.locator('canvas.network-batched-canvas')).toBeHidden();
  await expect(network.locator('.network__laying-out')).toHaveCount(0, { timeout: 60_000 });
  await expect.poll(() => network.locator('.network-batched path').count()).toBeGreaterThan(1);
  await page.emulateMedia({ media: 'screen' });
  await expect(network.locator('.network-batched path')).toHaveCount(0);
  await expect(network.locator('canvas.network-batched-canvas')).toBeVisible();
});

test('an SVG export of a dense map keeps the batched ties, as vector paths', async ({ page }) => {
  test.setTimeout(120_000);
  await openDense(page);
  await openTool(page, 'Exporter');
  const dialog = page.getByRole('dialog', { name: 'Exporter un graphique ou les données' });
  await dialog.getByRole('radio', { name: 'Carte' }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^SVG/ }).click()]);
  const svg = readFileSync((await download.path())!, 'utf8');
  // One path per batch, as the map draws them, and a line in them for most ties among other actors.
  const batches = [...svg.matchAll(/<path[^>]* class="map-link map-link--aside map-link--batched"[^>]*>/g)].map(([path]) => path);
  expect(batches.length).toBeGreaterThan(0);
  expect(batches.length).toBeLessThan(40);
  const lines = batches.reduce((n, path) => n + (/ d="([^"]*)"/.exec(path)?.[1]?.match(/M/g)?.length ?? 0), 0);
  expect(lines).toBeGreaterThan((pairs.size - centreTies) / 2);
  for (const path of batches) expect(path).toMatch(/ stroke="#[0-9a-f]{6}"[^>]* stroke-width="[\d.]+"/);
});

test('a dense network on a projector passes axe in the dark and high-contrast themes, its canvas painted in each', async ({ page }) => {
  test.setTimeout(120_000);
  await openDense(page, 1024);
  await page.setViewportSize({ width: 1024, height: 768 });
  const network = page.locator('#view-network');
  await page.evaluate(axe.source);
  for (const [label, value] of [
    ['Sombre', 'dark'],
    ['Contraste élevé', 'contrast'],
  ] as const) {
    await page.getByLabel('Thème').selectOption({ label });
    await expect(page.locator('html')).toHaveAttribute('data-theme', value);
    await expect.poll(() => network.locator('canvas.network-batched-canvas').evaluate(paintedPixels)).toBeGreaterThan(5_000);
    const violations = await page.evaluate(() =>
      (window as unknown as { axe: typeof axe }).axe
        .run('#view-network', { resultTypes: ['violations'] })
        .then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)),
    );
    expect(violations).toEqual([]);
    await network.scrollIntoViewIfNeeded();
    await network.screenshot({ path: `test-results/screens/dense-network-${value}-1024.png` });
  }
});

test('a dense dataset at phone width draws its batches and its centre’s ties', async ({ page }) => {
  test.setTimeout(120_000);
  await openDense(page, 375);
  await page.locator('#view-network').scrollIntoViewIfNeeded();
  await expect.poll(() => page.locator('#view-network canvas.network-batched-canvas').evaluate(paintedPixels)).toBeGreaterThan(1_000);
  await saveScreenshot(page, 'dense-375');
});
