import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';
import { openTool } from './support/toolbar';

/** The map's own region, by its name, once its countries, its links and its places are drawn. */
async function openMap(page: Page, url: string, links: number, scope: Locator = page.locator('body')): Promise<Locator> {
  await page.goto(url);
  return mapDrawn(scope.locator('.map-view').first(), links);
}

async function mapDrawn(map: Locator, links: number): Promise<Locator> {
  await expect(map.locator('.leaflet-map-basemap-pane path.map-country--MLI')).toBeAttached({ timeout: 15_000 });
  await expect(map.locator('path.map-link')).toHaveCount(links);
  await expect(map.locator('.map-place').first()).toBeAttached();
  return map;
}

async function saveMapShot(map: Locator, name: string) {
  await map.locator('.map-canvas').screenshot({ path: `test-results/screens/${name}.png` });
}

/**
 * How Mali reads on the map, measured on screen: its shape's width and its distance to each edge of
 * the map; the share of its area that a label (its own included) lies on top of, and the share
 * that other places' points do (Ouagadougou and Niamey lie a degree or two from its border); and
 * how many points along the links lie on it (sampled every 2 pixels).
 */
function focusReading(map: Locator) {
  return map.evaluate((root) => {
    const canvas = root.querySelector('.map-canvas')!.getBoundingClientRect();
    const mali = root.querySelector<SVGPathElement>('path.map-country--MLI')!;
    const box = mali.getBoundingClientRect();
    const toMali = mali.getScreenCTM()!.inverse();
    const onMali = (x: number, y: number) => mali.isPointInFill(new DOMPoint(x, y).matrixTransform(toMali));
    // What a person sees there: the topmost thing drawn, a label or another place's point (Bamako's own dot aside).
    const onTop = (x: number, y: number) => {
      const top = document.elementFromPoint(x, y);
      if (top?.closest('.map-place__label, .map-place__hidden-label')) return 'label';
      if (top?.closest('.map-place:not(.map-place--focus) .map-place__mark')) return 'point';
      return null;
    };
    let area = 0;
    let labels = 0;
    let points = 0;
    for (let x = box.left + 1; x < box.right; x += 2) {
      for (let y = box.top + 1; y < box.bottom; y += 2) {
        if (!onMali(x, y)) continue;
        area += 1;
        const top = onTop(x, y);
        if (top === 'label') labels += 1;
        if (top === 'point') points += 1;
      }
    }
    let linkOnMali = 0;
    for (const link of root.querySelectorAll<SVGPathElement>('path.map-link')) {
      const toScreen = link.getScreenCTM()!;
      for (let s = 2; s < link.getTotalLength(); s += 2) {
        const p = link.getPointAtLength(s).matrixTransform(toScreen);
        if (onMali(p.x, p.y)) linkOnMali += 1;
      }
    }
    return {
      map: { width: canvas.width, height: canvas.height },
      width: box.width,
      margins: {
        left: box.left - canvas.left,
        right: canvas.right - box.right,
        top: box.top - canvas.top,
        bottom: canvas.bottom - box.bottom,
      },
      underLabels: labels / area,
      underPoints: points / area,
      linkOnMali,
    };
  });
}

/** What the map shows, as a person would compare two views of it: Mali's box and every place's label, relative to the map. */
function frameSignature(map: Locator) {
  return map.evaluate((root) => {
    const canvas = root.querySelector('.map-canvas')!.getBoundingClientRect();
    const at = (r: DOMRect) => [r.left - canvas.left, r.top - canvas.top, r.width];
    const mali = at(root.querySelector('path.map-country--MLI')!.getBoundingClientRect());
    const places = [...root.querySelectorAll('.map-place')].map((li) => ({
      name: li.querySelector('button')!.textContent,
      box: at(li.querySelector('svg')!.getBoundingClientRect()),
    }));
    return { mali, places };
  });
}
type FrameSignature = Awaited<ReturnType<typeof frameSignature>>;

/**
 * The largest distance, in pixels, between the same things in two frames (Infinity when they show
 * other places). Leaflet rounds its pixel origin, so the same frame reached by another road (an
 * animation, a later refinement) may land a fraction of a pixel away: under two pixels is the same
 * picture to a person.
 */
function frameDistance(a: FrameSignature, b: FrameSignature): number {
  if (a.places.map((p) => p.name).join() !== b.places.map((p) => p.name).join()) return Infinity;
  const distance = (x: number[], y: number[]) => Math.max(...x.map((v, i) => Math.abs(v - y[i]!)));
  // Past zoom 4 the map swaps in finer outlines once they have loaded, and Mali's box then moves
  // by a pixel or two whatever the frame: its outline counts with that much more room.
  return Math.max(distance(a.mali, b.mali) - 2, ...a.places.map((p, i) => distance(p.box, b.places[i]!.box)));
}

function expectSameFrame(actual: FrameSignature, expected: FrameSignature) {
  expect(frameDistance(actual, expected), `${JSON.stringify(actual)} against ${JSON.stringify(expected)}`).toBeLessThan(2);
}

/** Whether every box lies inside the map's frame. */
async function insideMap(map: Locator, boxes: Locator) {
  const frame = (await map.locator('.map-canvas').boundingBox())!;
  const all = await boxes.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  return all.every(
    (b) =>
      b.left >= frame.x - 0.5 &&
      b.right <= frame.x + frame.width + 0.5 &&
      b.top >= frame.y - 0.5 &&
      b.bottom <= frame.y + frame.height + 0.5,
  );
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const PARTNERS_IN_FRAME = ['Russie', 'Burkina Faso', 'Niger', 'Chine', 'Turquie', 'France'];

test('the map frames Mali first at any size: a tenth of the map wide or more, its label beside it, nothing over it, links from its border, the UN marked at the edge', async ({
  page,
}) => {
  const sizes = [
    { name: 'embed-360', url: './?embed=map', viewport: { width: 360, height: 700 } },
    { name: 'embed-920', url: './?embed=map', viewport: { width: 920, height: 800 } },
    { name: 'dashboard-1440', url: './', viewport: { width: 1440, height: 900 } },
  ];
  let map: Locator | null = null;
  for (const size of sizes) {
    await page.setViewportSize(size.viewport);
    map = await openMap(page, size.url, 8);
    await map.locator('.map-canvas').scrollIntoViewIfNeeded();
    const reading = await focusReading(map);
    expect(reading.map.width, size.name).toBeGreaterThan(300);
    expect(reading.width, `${size.name}: Mali's width in a ${reading.map.width}-pixel map`).toBeGreaterThanOrEqual(
      Math.max(reading.map.width / 10, 32) - 1,
    );
    expect(reading.margins.left, size.name).toBeGreaterThanOrEqual(reading.map.width * 0.08 - 2);
    expect(reading.margins.right, size.name).toBeGreaterThanOrEqual(reading.map.width * 0.08 - 2);
    expect(Math.min(reading.margins.top, reading.margins.bottom), size.name).toBeGreaterThanOrEqual(reading.map.height * 0.08 - 2);
    expect(reading.underLabels, `${size.name}: share of Mali under labels`).toBe(0);
    expect(reading.underPoints, `${size.name}: share of Mali under other places' points`).toBeLessThan(0.06);
    expect(reading.linkOnMali, `${size.name}: link pixels over Mali`).toBe(0);
    for (const name of ['Mali', ...PARTNERS_IN_FRAME])
      await expect(map.getByRole('button', { name, exact: true }), `${size.name}: ${name}`).toHaveClass(/map-place__label/);
    expect(await insideMap(map, map.locator('.map-place__label'))).toBe(true);
    // The UN's headquarters, in New York, would make Mali a speck: it is marked at the western edge.
    const un = map.getByRole('button', { name: 'Nations unies', exact: true });
    await expect(un).toHaveAccessibleDescription(/Hors du cadre, à l’ouest/);
    const frame = (await map.locator('.map-canvas').boundingBox())!;
    expect((await un.boundingBox())!.x - frame.x, size.name).toBeLessThan(40);
    await saveMapShot(map, `map-framing-${size.name}`);
  }
  await saveScreenshot(page, 'map-framing-dashboard-1440');

  // The marker is the UN's own button: Enter brings New York and Mali into view and selects the UN.
  const un = map!.getByRole('button', { name: 'Nations unies', exact: true });
  await un.focus();
  await page.keyboard.press('Enter');
  await expect(un).toHaveAttribute('aria-pressed', 'true');
  await expect(un).toBeFocused();
  await expect(un).not.toHaveAccessibleDescription(/Hors du cadre/);
  expect(await insideMap(map!, map!.locator('.map-place:has(button[aria-pressed="true"]) .map-place__dot'))).toBe(true);
  await saveMapShot(map!, 'map-framing-un-brought-into-view');
  await page.keyboard.press('Escape');

  // "Show all partners" still shows every partner, none at the edge.
  await map!.getByRole('button', { name: 'Voir tous les partenaires' }).click();
  await expect(map!.locator('.map-place--edge')).toHaveCount(0);
  expect(await insideMap(map!, map!.locator('.map-place__dot'))).toBe(true);
  await saveMapShot(map!, 'map-framing-show-all');
});

test('the map re-frames to the places a filter shows, to the same frame as opening that state from a link, and its keyboard tooltip never covers the place', async ({
  page,
}) => {
  const chip = page.getByRole('group', { name: 'Statut' }).getByRole('button', { name: /potentiel/ });
  // On the latest date, Türkiye is the one potential partner (China's ties became active in 2024).
  let map = await openMap(page, './?status=potential', 1);
  const potential = await frameSignature(map);
  await expect(map.getByRole('button', { name: 'Turquie', exact: true })).toHaveClass(/map-place__label/);

  map = await openMap(page, './', 8);
  const whole = await frameSignature(map);
  await map.locator('.map-canvas').scrollIntoViewIfNeeded();

  // Focused by keyboard, each place's tooltip lies beside its label and point, never over them.
  for (const name of ['Mali', 'Burkina Faso', 'Niger', 'Russie', 'Chine', 'Nations unies']) {
    const button = map.getByRole('button', { name, exact: true });
    await button.focus();
    const tip = map.locator('.map-tooltip');
    await expect(tip).toBeVisible();
    const [tipBox, labelBox, markBox] = await Promise.all([
      tip.boundingBox(),
      button.boundingBox(),
      map
        .locator('.map-place', { has: page.getByRole('button', { name, exact: true }) })
        .locator('.map-place__dot')
        .boundingBox(),
    ]);
    expect(overlaps(tipBox!, labelBox!), `${name}: the tooltip covers its label`).toBe(false);
    expect(overlaps(tipBox!, markBox!), `${name}: the tooltip covers its point`).toBe(false);
    if (name === 'Mali') {
      expect(overlaps(tipBox!, (await map.locator('path.map-country--MLI').boundingBox())!), 'the tooltip covers Mali').toBe(false);
      await saveMapShot(map, 'map-framing-tooltip-mali');
    }
  }
  await page.keyboard.press('Escape');

  // "Show all", then the chip: the map follows the chip, not the frame it had.
  await map.getByRole('button', { name: 'Voir tous les partenaires' }).click();
  await chip.click();
  await mapDrawn(map, 1);
  expectSameFrame(await frameSignature(map), potential);
  await saveMapShot(map, 'map-framing-potential-by-chip');

  // A hand pan is kept until the shown places change; then the map re-frames, here to the whole set.
  const canvas = (await map.locator('.map-canvas').boundingBox())!;
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  await page.mouse.down();
  await page.mouse.move(canvas.x + canvas.width / 2 - 120, canvas.y + canvas.height / 2 + 60, { steps: 6 });
  await page.mouse.up();
  expect(frameDistance(await frameSignature(map), potential)).toBeGreaterThan(20);
  await chip.click();
  await mapDrawn(map, 8);
  expectSameFrame(await frameSignature(map), whole);

  // Back to the filtered state: the same frame again.
  await page.goBack();
  await expect(page).toHaveURL(/status=potential/);
  await mapDrawn(map, 1);
  expectSameFrame(await frameSignature(map), potential);
});

test('each presentation step shows the same map frame whether reached by Next, Previous or a direct link', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const stage = page.locator('.presentation');
  const heading = (name: string) => stage.getByRole('heading', { level: 2, name });
  const fifth = 'Partenaires potentiels : Chine et Turquie';
  const fourth = 'Les voisins : Burkina Faso et Niger';

  await page.goto('./?present=1&step=5');
  await expect(heading(fifth)).toBeVisible();
  let map = await mapDrawn(stage.locator('.map-view'), 2);
  const direct5 = await frameSignature(map);
  for (const name of ['Chine', 'Turquie', 'Mali'])
    await expect(map.getByRole('button', { name, exact: true })).toHaveClass(/map-place__label/);
  expect(await insideMap(map, map.locator('.map-place__label'))).toBe(true);

  await page.keyboard.press('ArrowLeft');
  await expect(heading(fourth)).toBeVisible();
  // Mali's two neighbours, and the Burkina Faso–Niger tie of the Alliance of Sahel States.
  map = await mapDrawn(stage.locator('.map-view'), 3);
  await expect(map.getByRole('button', { name: 'Burkina Faso', exact: true })).toBeVisible();
  const previous4 = await frameSignature(map);
  await saveScreenshot(page, 'map-framing-present-step-4-by-previous');

  await page.keyboard.press('ArrowRight');
  await expect(heading(fifth)).toBeVisible();
  map = await mapDrawn(stage.locator('.map-view'), 2);
  await expect(map.getByRole('button', { name: 'Chine', exact: true })).toBeVisible();
  expectSameFrame(await frameSignature(map), direct5);
  await saveScreenshot(page, 'map-framing-present-step-5-by-next');

  await page.goto('./?present=1&step=4');
  await expect(heading(fourth)).toBeVisible();
  map = await mapDrawn(stage.locator('.map-view'), 3);
  expectSameFrame(await frameSignature(map), previous4);
});

test('the map embed in a 360-pixel column is mostly map, its legend folded under it and whole on demand, by keyboard too', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 700 });
  await openMap(page, './?embed=map', 8);
  const heights = await page.evaluate(() => ({
    map: document.querySelector('.map-canvas')!.getBoundingClientRect().height,
    frame: document.querySelector('main.embed')!.getBoundingClientRect().height,
  }));
  expect(heights.map / heights.frame, `${heights.map} px of map in a ${heights.frame}-pixel frame`).toBeGreaterThanOrEqual(0.5);
  const offMap = page.getByRole('region', { name: 'Hors de la carte' });
  await expect(offMap.getByRole('button')).toHaveCount(3);
  expect((await offMap.boundingBox())!.height).toBeLessThan(80);
  await expect(offMap.getByRole('button', { name: /Sergueï Lavrov.*Affaires étrangères de la Russie/ })).toBeVisible();

  const legend = page.locator('details.map-legend');
  const summary = legend.locator('summary');
  await expect(summary).toHaveText('Légende');
  await expect(legend.getByText('en discussion')).toBeHidden();
  expect((await new AxeBuilder({ page }).include('.map-view').analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/map-framing-embed-360.png', fullPage: true });

  await summary.focus();
  await page.keyboard.press('Enter');
  for (const text of ['en discussion', '5 secteurs', 'Mali, pays étudié', 'siège d’une organisation'])
    await expect(legend.getByText(text)).toBeVisible();
  expect((await new AxeBuilder({ page }).include('.map-view').analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/map-framing-embed-360-legend.png', fullPage: true });
  await page.keyboard.press('Enter');
  await expect(legend.getByText('en discussion')).toBeHidden();

  // Printed, the folded legend is whole.
  await page.emulateMedia({ media: 'print' });
  await expect(legend.getByText('en discussion')).toBeVisible();
});

test('on the phone the map is most of its view, its legend folded', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  const map = await openMap(page, './', 8);
  const sizes = await map.evaluate((view) => ({
    view: view.getBoundingClientRect().height,
    map: view.querySelector('.map-canvas')!.getBoundingClientRect(),
  }));
  expect(sizes.map.height).toBeGreaterThan(sizes.map.width);
  expect(sizes.map.height / sizes.view).toBeGreaterThan(0.6);
  await expect(map.locator('details.map-legend')).not.toHaveAttribute('open');
  await map.locator('.map-canvas').scrollIntoViewIfNeeded();
  const reading = await focusReading(map);
  // The drawn outline is a little narrower than the geometry's box the frame is computed from.
  expect(reading.width).toBeGreaterThanOrEqual(32 - 1.5);
  expect(reading.underLabels).toBe(0);
  expect(reading.underPoints).toBeLessThan(0.06);
  await saveMapShot(map, 'map-framing-phone');
});

test('the exported map keeps the frame and the labels of the screen, cropped or not, Mali clear of them', async ({ page }) => {
  const map = await openMap(page, './', 8);
  await map.locator('.map-canvas').scrollIntoViewIfNeeded();
  const screen = await map.evaluate((root) => {
    const canvas = root.querySelector('.map-canvas')!.getBoundingClientRect();
    const labels = [...root.querySelectorAll('.map-place__label')].map((el) => {
      const r = el.getBoundingClientRect();
      return [r.left - canvas.left, r.top - canvas.top];
    });
    return { width: canvas.width, height: canvas.height, labels };
  });
  await openTool(page, 'Exporter');
  const dialog = page.getByRole('dialog', { name: 'Exporter un graphique ou les données' });
  await dialog.getByRole('radio', { name: 'Carte' }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^SVG/ }).click()]);
  const svg = readFileSync(await download.path(), 'utf8');
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  const exported = await page.evaluate(() => {
    const chart = [...document.querySelectorAll('svg svg')].find((s) => s.querySelector('.map-country--MLI'))! as SVGSVGElement;
    const view = chart.viewBox.baseVal;
    const toChart = chart.getScreenCTM()!.inverse();
    const inChart = (r: DOMRect) => new DOMPoint(r.left, r.top).matrixTransform(toChart);
    const pills = [...chart.querySelectorAll('rect[rx]')].map((r) => r.getBoundingClientRect());
    const labelOnTop = (x: number, y: number) => {
      const top = document.elementFromPoint(x, y);
      return top?.tagName === 'text' || (top?.tagName === 'rect' && top.hasAttribute('rx'));
    };
    const mali = chart.querySelector<SVGPathElement>('.map-country--MLI')!;
    const toMali = mali.getScreenCTM()!.inverse();
    const box = mali.getBoundingClientRect();
    let area = 0;
    let covered = 0;
    for (let x = box.left + 1; x < box.right; x += 2) {
      for (let y = box.top + 1; y < box.bottom; y += 2) {
        if (!mali.isPointInFill(new DOMPoint(x, y).matrixTransform(toMali))) continue;
        area += 1;
        if (labelOnTop(x, y)) covered += 1;
      }
    }
    return {
      x: view.x,
      y: view.y,
      width: view.width,
      height: view.height,
      labels: pills.map((r) => [inChart(r).x, inChart(r).y]),
      covered: covered / area,
    };
  });
  // The export may crop a tall map to a landscape band around its subject (composeChartSvg), in
  // the screen's own coordinates: the band lies within the screen's frame, labels where they were.
  expect(exported.x).toBeGreaterThanOrEqual(-0.5);
  expect(exported.y).toBeGreaterThanOrEqual(-0.5);
  expect(exported.x + exported.width).toBeLessThanOrEqual(screen.width + 0.5);
  expect(exported.y + exported.height).toBeLessThanOrEqual(screen.height + 0.5);
  expect(exported.labels.length).toBe(screen.labels.length);
  const sorted = (points: number[][]) => [...points].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
  sorted(exported.labels).forEach(([x, y], i) => {
    expect(Math.abs(x! - sorted(screen.labels)[i]![0]!)).toBeLessThan(1);
    expect(Math.abs(y! - sorted(screen.labels)[i]![1]!)).toBeLessThan(1);
  });
  expect(exported.covered, 'share of the exported Mali under labels').toBe(0);
  await page.screenshot({ path: 'test-results/screens/map-framing-export.png', fullPage: true });
});
