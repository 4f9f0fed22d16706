import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';
import { openTool } from './support/toolbar';
import { foldDetails } from './support/details';

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 667 },
] as const;
/** The narrowest screen the dashboard supports, for the drawing checks only. */
const DRAW_SIZES = [...SIZES, { name: 'narrow', width: 320, height: 568 }] as const;

const ACTORS = [
  'Mali',
  'Russie',
  'Burkina Faso',
  'Niger',
  'Chine',
  'Turquie',
  'France',
  'Nations unies',
  'Abdoulaye Diop',
  'Sadio Camara',
  'Sergueï Lavrov',
];

const region = (page: Page) => page.getByRole('region', { name: 'Réseau' });
const diagram = (page: Page) => region(page).getByRole('group', { name: 'Diagramme du réseau des partenariats' });
const node = (page: Page, name: string) => diagram(page).getByRole('button', { name: new RegExp(`^${name},`) });

async function openNetwork(page: Page): Promise<Locator> {
  await page.goto('./');
  // A generous wait: the page lays out the network on load, and CI machines can be slow.
  await expect(diagram(page).locator('.network-node')).toHaveCount(ACTORS.length, { timeout: 15_000 });
  await region(page).scrollIntoViewIfNeeded();
  return region(page);
}

async function saveRegion(page: Page, name: string, title = 'Réseau'): Promise<void> {
  await page.getByRole('region', { name: title }).screenshot({ path: `test-results/screens/${name}.png` });
}

/** Boxes, in page pixels, of the svg, every node shape and every label. */
async function measure(page: Page) {
  return diagram(page).evaluate((svg) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { id: el.closest('[data-id]')?.getAttribute('data-id') ?? '', x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    };
    return {
      svg: box(svg),
      nodes: [...svg.querySelectorAll('.network-node__shape')].map(box),
      labels: [...svg.querySelectorAll('.network-label')].map(box),
      // Each node's place is written into its outline (no transform: see nodeShapePath).
      coordinates: [...svg.querySelectorAll('.network-node .network-node__shape')].map((n) => n.getAttribute('d') ?? ''),
    };
  });
}

/**
 * How opaque a node's shape is drawn: the diagram fades its layers while something is brought
 * forward, and draws what is brought forward again above them, in its overlay, at full strength.
 */
const shapeOpacity = (page: Page, name: string) =>
  node(page, name).evaluate((el) => {
    const shape = el.querySelector('.network-node__shape');
    const outline = shape?.getAttribute('d') ?? '';
    // The overlay draws the nodes it brings forward as one path per paint, each node's outline in it.
    const copy = [...(el.closest('svg')?.querySelectorAll('.network-overlay__nodes') ?? [])].find((p) =>
      p.getAttribute('d')?.includes(outline),
    );
    let drawn: Element | null | undefined = copy ?? shape;
    let alpha = drawn ? Number(getComputedStyle(drawn).fillOpacity) : 0;
    for (; drawn instanceof SVGElement; drawn = drawn.parentElement) alpha *= Number(getComputedStyle(drawn).opacity);
    return String(Math.round(alpha * 100) / 100);
  });
async function expectFaded(page: Page, name: string, faded = true) {
  await expect.poll(() => shapeOpacity(page, name), `${name} ${faded ? 'faded' : 'not faded'}`).toBe(faded ? '0.22' : '1');
}

type Box = { id: string; x0: number; y0: number; x1: number; y1: number };
const overlap = (a: Box, b: Box) => a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;

for (const size of DRAW_SIZES) {
  test(`draws every actor with a readable label at ${size.width}x${size.height}: nothing cut off, nothing overlapping`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openNetwork(page);
    for (const name of ACTORS) await expect(node(page, name)).toBeVisible();
    const { svg, nodes, labels, coordinates } = await measure(page);
    expect(
      coordinates.every((c) => /^M[\d.]+,[\d.]+[AHL][\d., ]+/.test(c) && !/NaN|Infinity/.test(c)),
      'every node has finite coordinates',
    ).toBe(true);
    expect(labels.map((l) => l.id).sort()).toEqual(nodes.map((n) => n.id).sort());
    for (const b of [...nodes, ...labels]) {
      expect(b.x0, `${b.id} inside on the left`).toBeGreaterThanOrEqual(svg.x0);
      expect(b.x1, `${b.id} inside on the right`).toBeLessThanOrEqual(svg.x1);
      expect(b.y0, `${b.id} inside at the top`).toBeGreaterThanOrEqual(svg.y0);
      expect(b.y1, `${b.id} inside at the bottom`).toBeLessThanOrEqual(svg.y1);
    }
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) expect(overlap(a, b), `labels ${a.id} and ${b.id} overlap`).toBe(false);
      for (const n of nodes) expect(overlap(a, n), `label ${a.id} covers node ${n.id}`).toBe(false);
    }
    await saveScreenshot(page, `network-initial-${size.name}`);
    await saveRegion(page, `network-initial-${size.name}-region`);
  });
}

for (const size of SIZES) {
  test(`selecting Russia by keyboard highlights its neighbours and the shared selection at ${size.width}x${size.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openNetwork(page);
    await node(page, 'Mali').focus();
    for (let i = 0; i < ACTORS.length && !(await node(page, 'Russie').evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(node(page, 'Russie')).toBeFocused();
    await expect(node(page, 'Russie')).toHaveAccessibleName('Russie, pays, 2 relations, 5 partenariats');
    await page.keyboard.press('Enter');
    await expect(node(page, 'Russie')).toHaveAttribute('aria-pressed', 'true');
    await foldDetails(page);
    // The list reads the shared store, not the diagram's state.
    await region(page).getByText('Le réseau sous forme de liste').click();
    await expect(region(page).getByRole('button', { name: 'Russie', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(node(page, 'Russie')).toHaveAttribute('data-emphasis', 'picked');
    for (const name of ['Mali', 'Sergueï Lavrov']) await expect(node(page, name)).toHaveAttribute('data-emphasis', 'neighbour');
    for (const name of ['Mali', 'Russie']) await expectFaded(page, name, false);
    for (const name of ['Burkina Faso', 'France', 'Abdoulaye Diop']) {
      await expect(node(page, name)).toHaveAttribute('data-emphasis', 'none');
      await expectFaded(page, name);
    }
    await expect(diagram(page).locator('.network-edge[data-id="MLI|RUS"]')).toHaveAttribute('data-emphasis', 'picked');
    await saveScreenshot(page, `network-russia-selected-${size.name}`);
    await saveRegion(page, `network-russia-selected-${size.name}-region`);
    await page.keyboard.press('Escape');
    await expect(node(page, 'Russie')).toHaveAttribute('aria-pressed', 'false');
    await expect(node(page, 'Burkina Faso')).toHaveAttribute('data-emphasis', 'none');
    await expectFaded(page, 'Burkina Faso', false);
  });
}

test('draws the keyboard focus ring at full strength above a faded network, and its overlay adds nothing for screen readers', async ({
  page,
}) => {
  await openNetwork(page);
  const buttons = await diagram(page).getByRole('button').count();
  await node(page, 'Russie').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const focused = diagram(page).locator('.network-node:focus');
  await expect(focused).toHaveCount(1);
  await expect(diagram(page).locator('.network-marks')).toHaveAttribute('data-emphasis-active', '');
  const ring = diagram(page).locator('.network-overlay .network-overlay__focus-ring');
  await expect(ring).toBeVisible();
  const [ringBox, shapeBox] = [await ring.boundingBox(), await focused.locator('.network-node__shape').boundingBox()];
  expect(ringBox!.x + ringBox!.width / 2).toBeCloseTo(shapeBox!.x + shapeBox!.width / 2, 0);
  expect(ringBox!.y + ringBox!.height / 2).toBeCloseTo(shapeBox!.y + shapeBox!.height / 2, 0);
  expect(ringBox!.width).toBeGreaterThan(shapeBox!.width);
  await expect(diagram(page).locator('.network-overlay')).toHaveAttribute('aria-hidden', 'true');
  expect(await diagram(page).getByRole('button').count()).toBe(buttons);
  await saveRegion(page, 'network-focus-over-selection-desktop-region');
});

test('exports a selection as the screen shows it: the faded layers and names and, once, what the selection brings forward', async ({
  page,
}) => {
  await page.goto('./?select=RUS');
  await expect(diagram(page).locator('.network-node')).toHaveCount(ACTORS.length, { timeout: 15_000 });
  await expect(diagram(page).locator('.network-overlay__nodes')).not.toHaveCount(0);
  await openTool(page, 'Exporter');
  const dialog = page.getByRole('dialog', { name: 'Exporter un graphique ou les données' });
  await dialog.getByRole('radio', { name: 'Réseau' }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^SVG/ }).click()]);
  const file = readFileSync(await download.path(), 'utf8');
  const drawn = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const layer = (name: string) => doc.querySelector(`.network-${name}`)?.getAttribute('opacity');
    return {
      layers: [layer('edges'), layer('nodes')],
      copies: [...doc.querySelectorAll('.network-overlay__nodes')].reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0),
      names: [...doc.querySelectorAll('.network-label')].filter((n) => !n.hasAttribute('fill-opacity')).map((n) => n.textContent),
      faded: [...doc.querySelectorAll('.network-label[fill-opacity="0.22"]')].length,
      pageAttributes: doc.querySelectorAll('.network-overlay [aria-hidden], [role="button"], [tabindex]').length,
    };
  }, file);
  expect(drawn.layers).toEqual(['0.12', '0.22']);
  expect(drawn.copies).toBe(3);
  expect(drawn.names.sort()).toEqual(['Mali', 'Russie', 'Sergueï Lavrov']);
  expect(drawn.faded).toBeGreaterThan(0);
  expect(drawn.pageAttributes).toBe(0);
  await page.setContent(
    `<body style="margin:0"><img alt="export" src="data:image/svg+xml;base64,${Buffer.from(file).toString('base64')}"></body>`,
  );
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  await page.screenshot({ path: 'test-results/screens/network-export-selection.png', fullPage: true });
});

test('hovering an edge tells its sectors and statuses, and hovering a node brings its neighbours forward', async ({ page }) => {
  await openNetwork(page);
  // Points at the edge two thirds of the way to Russia, clear of the nodes at its ends.
  const line = diagram(page).locator('.network-edge[data-id="MLI|RUS"] .network-edge__line');
  const [from, to] = await line.evaluate((el: SVGLineElement) => {
    const m = el.getScreenCTM()!;
    const at = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(m);
    return [at(el.x1.baseVal.value, el.y1.baseVal.value), at(el.x2.baseVal.value, el.y2.baseVal.value)].map((p) => ({ x: p.x, y: p.y }));
  });
  await page.mouse.move(from!.x + (to!.x - from!.x) * 0.66, from!.y + (to!.y - from!.y) * 0.66);
  const tooltip = region(page).locator('.network-tooltip');
  await expect(tooltip).toContainText('Mali – Russie');
  await expect(tooltip).toContainText(
    'sécurité\u00a0: actif, en renforcement\u00a0; énergie, transport, agriculture, éducation\u00a0: en discussion',
  );
  await saveRegion(page, 'network-edge-hover-desktop-region');
  await node(page, 'Sergueï Lavrov').hover();
  await expect(tooltip).toContainText('Sergueï Lavrov');
  await expect(node(page, 'Abdoulaye Diop')).toHaveAttribute('data-emphasis', 'neighbour');
  await expect(node(page, 'Russie')).toHaveAttribute('data-emphasis', 'neighbour');
  await expectFaded(page, 'Chine');
  await saveRegion(page, 'network-node-hover-desktop-region');
});

test('zooms and pans with the keyboard, and the reset control brings back the first picture', async ({ page }) => {
  await openNetwork(page);
  const view = diagram(page).locator(':scope > g');
  await expect(view).toHaveAttribute('transform', 'translate(0,0) scale(1)');
  await node(page, 'Mali').focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(view).toHaveAttribute('transform', /scale\(1\.96\)$/);
  const zoomed = await view.getAttribute('transform');
  await page.keyboard.press('ArrowRight');
  await expect(view).not.toHaveAttribute('transform', zoomed ?? '');
  await saveRegion(page, 'network-zoomed-desktop-region');
  await region(page).getByRole('button', { name: 'Réinitialiser la vue' }).click();
  await expect(view).toHaveAttribute('transform', 'translate(0,0) scale(1)');
});

test('drags a node to a new place with the mouse, and its edges follow', async ({ page }) => {
  await openNetwork(page);
  const france = node(page, 'France');
  const before = await france.boundingBox();
  expect(before).not.toBeNull();
  const start = { x: before!.x + before!.width / 2, y: before!.y + before!.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 30, start.y - 20, { steps: 4 });
  await page.mouse.move(start.x + 60, start.y - 40, { steps: 4 });
  await page.mouse.up();
  const after = await france.boundingBox();
  expect(after!.x - before!.x).toBeCloseTo(60, -1);
  expect(after!.y - before!.y).toBeCloseTo(-40, -1);
  const edge = diagram(page).locator('.network-edge[data-id="FRA|MLI"] .network-edge__line');
  const franceEnd = await edge.evaluate((line) => line.getAttribute('x1'));
  expect(Number(franceEnd)).toBeGreaterThan(0);
  await expect(france).toHaveAttribute('aria-pressed', 'false');
  await region(page).getByRole('button', { name: 'Réinitialiser la vue' }).click();
  await expect.poll(async () => (await france.boundingBox())?.x).toBeCloseTo(before!.x, 0);
});

test('follows the language: labels and names switch to English without moving any node', async ({ page }) => {
  await openNetwork(page);
  const before = (await measure(page)).coordinates;
  await page.getByRole('button', { name: 'English' }).click();
  const network = page.getByRole('region', { name: 'Network' }).getByRole('group', { name: 'Diagram of the partnership network' });
  await expect(network.getByRole('button', { name: /^Russia, country, 2 relations, 5 partnerships$/ })).toBeVisible();
  await expect(network.locator('.network-label', { hasText: 'Sergey Lavrov' })).toBeVisible();
  expect(
    await network.evaluate((svg) => [...svg.querySelectorAll('.network-node .network-node__shape')].map((n) => n.getAttribute('d') ?? '')),
  ).toEqual(before);
  await saveRegion(page, 'network-english-desktop-region', 'Network');
});

test('has no accessibility violations that axe can find, with a node selected and the list open', async ({ page }) => {
  await openNetwork(page);
  await node(page, 'Russie').focus();
  await page.keyboard.press('Enter');
  await foldDetails(page);
  await region(page).getByText('Le réseau sous forme de liste').click();
  await expect(region(page).getByRole('button', { name: 'Mali – Russie' }).first()).toBeVisible();
  const results = await new AxeBuilder({ page }).include('.view-region--network').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await saveRegion(page, 'network-list-open-desktop-region');
});

test('the network chunk carries no Leaflet, and the network draws from it alone', async ({ page }) => {
  const assets = join(process.env.E2E_DIST ?? 'dist', 'assets');
  const chunks = readdirSync(assets).filter((f) => /^(NetworkView|layout\.worker).*\.js$/.test(f));
  expect(chunks.length).toBeGreaterThanOrEqual(2);
  for (const chunk of chunks) {
    const code = readFileSync(join(assets, chunk), 'utf8');
    expect(code, chunk).not.toMatch(/leaflet/i);
    expect(code, `${chunk} imports the map's chunk`).not.toMatch(/MapView-|world-atlas|topojson/);
  }
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await openNetwork(page);
  expect(scripts.some((s) => /NetworkView-.*\.js$/.test(s))).toBe(true);
});

test('lays out hundreds of actors in a Web Worker, saying so meanwhile, then draws them all', async ({ page }) => {
  const extra = 300;
  await page.route('**/data/partnerships.json', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    const evidence = json.partnerships[0].evidence;
    for (let i = 0; i < extra; i++) {
      json.actors.push({ id: `X${i}`, kind: i % 10 === 0 ? 'organization' : 'country', name: { fr: `Pays ${i}`, en: `Country ${i}` } });
      json.partnerships.push({
        id: `p-x${i}`,
        actors: ['MLI', `X${i}`],
        sector: 'security',
        status: 'exploring',
        summary: { fr: 'x', en: 'x' },
        evidence,
      });
      if (i > 0 && i % 3 === 0)
        json.partnerships.push({
          id: `p-xx${i}`,
          actors: [`X${i - 1}`, `X${i}`],
          sector: 'energy',
          status: 'emerging',
          summary: { fr: 'x', en: 'x' },
          evidence,
        });
    }
    await route.fulfill({ response, json });
  });
  // The worker's script is held back until the test has seen the view say it is laying out.
  let release: () => void = () => {};
  const seen = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/layout.worker-*.js', async (route) => {
    await seen;
    await route.continue();
  });
  // Tall enough for the whole region, so its screenshot needs no resize (which would lay it out again).
  await page.setViewportSize({ width: 1280, height: 2000 });
  await page.goto('./');
  // The status stays until the worker's script is released, so this wait cannot miss it.
  await expect(region(page).getByRole('status')).toHaveText('Mise en page du réseau…', { timeout: 15_000 });
  release();
  await expect(diagram(page).locator('.network-node')).toHaveCount(ACTORS.length + extra, { timeout: 20_000 });
  await expect(region(page).getByRole('status')).toHaveCount(0, { timeout: 20_000 });
  const { svg, nodes } = await measure(page);
  for (const b of nodes) expect(b.x0 >= svg.x0 && b.x1 <= svg.x1 && b.y0 >= svg.y0 && b.y1 <= svg.y1, `${b.id} inside`).toBe(true);
  await saveRegion(page, 'network-large-desktop-region');
});
