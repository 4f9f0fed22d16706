import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';

/** The map region alone, at full resolution, next to the full-page screenshots. */
async function saveMapShot(region: Locator, name: string) {
  mkdirSync('test-results/screens', { recursive: true });
  await region.screenshot({ path: `test-results/screens/${name}.png` });
}

const PARTNERS = ['RUS', 'BFA', 'NER', 'CHN', 'TUR', 'FRA', 'UN'] as const;
/** Mali's links, and the Burkina Faso–Niger tie of the Alliance of Sahel States. */
const LINKS = PARTNERS.length + 1;

/**
 * The map's scale, which doubles with each zoom step, as Leaflet writes it on its zoom proxy (the
 * scale of its transform); NaN while a zoom is under way, so a wait for it waits for the zoom to
 * land. Not the distance between two places, as before: a zoom now takes places out of the frame,
 * where they are marked at the map's border.
 */
function spread(map: Locator) {
  return map
    .locator('.leaflet-map-pane')
    .evaluate((pane) =>
      pane.classList.contains('leaflet-zoom-anim')
        ? NaN
        : new DOMMatrix(getComputedStyle(pane.querySelector('.leaflet-proxy')!).transform).a,
    );
}

/**
 * The opacity a link is drawn with, its own times its group's: while something is picked, the
 * links a pick leaves out fade as one group (map.css), and those it brings forward are lifted out.
 */
/** How strong a link shows: its line at rest under its pane's fade, or its copy above when a pick brings it forward. */
function linkOpacity(map: Locator, to: string) {
  return map
    .locator(`path.map-link--${to}`)
    .evaluateAll((lines) =>
      Math.max(
        ...lines.map((el) => Number(getComputedStyle(el).strokeOpacity) * Number(getComputedStyle(el.closest('.leaflet-pane')!).opacity)),
      ),
    );
}

/** The map region, once the basemap has drawn its countries and every link is there. */
async function openMap(page: Page, url = './') {
  await page.goto(url);
  const region = page.getByRole('region', { name: /^(Carte|Map)$/ });
  await expect(region.locator('.leaflet-map-basemap-pane path.map-country').first()).toBeAttached({ timeout: 15_000 });
  await expect(region.locator('path.map-link')).toHaveCount(LINKS);
  return region;
}

test.describe('the map', () => {
  test('draws every country of the bundled geometry in its own pane, below the links', async ({ page }) => {
    const map = await openMap(page);
    const countries = map.locator('.leaflet-map-basemap-pane path.map-country');
    expect(await countries.count()).toBeGreaterThan(170);
    const zIndex = (pane: string) => map.locator(`.leaflet-${pane}-pane`).evaluate((el) => Number(getComputedStyle(el).zIndex));
    expect(await zIndex('map-basemap')).toBeLessThan(await zIndex('map-links'));
    expect(await zIndex('map-links')).toBeLessThan(await zIndex('map-places'));
    await saveScreenshot(page, 'map-page-1280');
    await saveMapShot(map, 'map-loaded-1280');
  });

  test('moves the basemap and the links by flat translations once still, so the whole map paints as one layer', async ({ page }) => {
    const map = await openMap(page);
    const svgs = map.locator('.leaflet-pane > svg');
    await expect(svgs).toHaveCount(2);
    for (const look of await svgs.evaluateAll((els) =>
      els.map((el) => ({ transform: (el as SVGElement).style.transform, willChange: getComputedStyle(el).willChange })),
    )) {
      expect(look.transform).toMatch(/^translate\(/);
      expect(look.willChange).toBe('auto');
    }
  });

  test('fills the focus and each partner country by its strongest status, and leaves the others neutral', async ({ page }) => {
    const map = await openMap(page);
    const fill = (code: string) => map.locator(`path.map-country--${code}`).first().getAttribute('fill');
    expect(await fill('MLI')).toBe('#1d3557');
    expect(await fill('RUS')).toBe('#0a5c99');
    expect(await fill('BFA')).toBe('#00785a');
    // China is active on the latest date (Beijing, 2024); Türkiye stays potential.
    expect(await fill('CHN')).toBe('#0a5c99');
    expect(await fill('TUR')).toBe('#8e3b8e');
    expect(await fill('FRA')).toBe('#6b6b6b');
    expect(await fill('BRA')).toBe('#e8e6e1');
  });

  test('draws each link with its status style, its width growing with its sectors', async ({ page }) => {
    const map = await openMap(page);
    const link = (id: string) => map.locator(`path.map-link--${id}`);
    const attrs = async (id: string) =>
      link(id).evaluate((el) => ({
        stroke: el.getAttribute('stroke'),
        dash: el.getAttribute('stroke-dasharray'),
        width: Number(el.getAttribute('stroke-width')),
        d: el.getAttribute('d') ?? '',
      }));
    const russia = await attrs('RUS');
    expect(russia).toMatchObject({ stroke: '#0a5c99', dash: null });
    // Burkina Faso's link stands for the emerging ones: Niger has two (Mali's and Burkina Faso's).
    const niger = await attrs('BFA');
    expect(niger.stroke).toBe('#00785a');
    expect(niger.dash).toMatch(/^\d/);
    const turkiye = await attrs('TUR');
    expect(turkiye.stroke).toBe('#8e3b8e');
    expect(turkiye.dash).toMatch(/^\d/);
    const un = await attrs('UN');
    expect(un).toMatchObject({ stroke: '#6b6b6b', dash: null });
    expect(russia.width).toBeGreaterThan(niger.width);
    // A curve, not a straight segment: its middle lies well off the chord between its ends.
    const points = [...russia.d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    const [[x0, y0], [x1, y1]] = [points[0]!, points[points.length - 1]!];
    const chord = Math.hypot(x1 - x0, y1 - y0);
    const offChord = Math.max(...points.map(([x, y]) => Math.abs((x1 - x0) * (y0 - y) - (x0 - x) * (y1 - y0)) / chord));
    expect(chord).toBeGreaterThan(50);
    expect(offChord / chord).toBeGreaterThan(0.05);
  });

  test('draws no band across the map, even zoomed out to the whole world', async ({ page }) => {
    const map = await openMap(page);
    const zoomOut = map.getByRole('button', { name: 'Dézoomer', exact: true });
    // Each step waits for the last to land (Leaflet ignores a zoom asked for during its animation),
    // until the zoom-out button is disabled at the smallest zoom.
    for (let i = 0; i < 4 && (await zoomOut.getAttribute('aria-disabled')) !== 'true'; i++) {
      const before = await spread(map);
      await zoomOut.click();
      await expect.poll(() => spread(map)).toBeLessThan(before * 0.9);
    }
    await expect(zoomOut).toHaveAttribute('aria-disabled', 'true');
    const mapWidth = (await map.locator('.leaflet-container').boundingBox())!.width;
    const spans = await map
      .locator('.leaflet-map-basemap-pane path.map-country')
      .evaluateAll((paths) =>
        paths
          .filter((p) => !p.classList.contains('map-country--ATA'))
          .map((p) => ({ name: p.getAttribute('class') ?? '', width: (p as SVGPathElement).getBBox().width })),
      );
    const widest = spans.reduce((a, b) => (b.width > a.width ? b : a));
    // A ring left across the antimeridian would stretch over the whole width of the map.
    expect(widest.name).toContain('map-country--RUS');
    expect(widest.width).toBeLessThan(mapWidth * 0.7);
    await saveMapShot(map, 'map-whole-world-1280');
  });

  test('reaches every place with Tab, the focus then the strongest partners first, before the zoom buttons', async ({ page }) => {
    const map = await openMap(page);
    await map.getByRole('button', { name: 'Voir tous les partenaires' }).focus();
    const visited: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      visited.push(
        await page.evaluate(() => {
          const el = document.activeElement!;
          if (el.getAttribute('aria-label')) return `[${el.getAttribute('aria-label')!.split(' ')[0]}]`;
          if (el instanceof HTMLInputElement) return el.labels?.[0]?.textContent ?? '';
          return [...el.childNodes]
            .filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden')))
            .map((n) => n.textContent)
            .join('');
        }),
      );
    }
    expect(visited).toEqual([
      'Fond de carte routier en ligne',
      '[Carte]',
      'Mali',
      'Russie',
      'Chine',
      'Burkina Faso',
      'Niger',
      'Turquie',
      'France',
      'Nations unies',
      '[Zoomer]',
      '[Dézoomer]',
    ]);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
  });

  test('selects Russia with the keyboard, and Escape clears the selection', async ({ page }) => {
    const map = await openMap(page);
    await map.getByRole('button', { name: 'Mali', exact: true }).focus();
    await page.keyboard.press('Tab');
    const russia = map.getByRole('button', { name: 'Russie', exact: true });
    await expect(russia).toBeFocused();
    await expect(russia).toHaveAccessibleDescription(
      /^Russie – sécurité\s: actif, en renforcement\s; énergie, transport, agriculture, éducation\s: en discussion$/,
    );
    await expect(map.locator('.map-tooltip')).toHaveText(/^Russie – sécurité\s: actif, en renforcement/);
    await saveMapShot(map, 'map-russia-focused-1280');
    await page.keyboard.press('Enter');
    await expect(russia).toHaveAttribute('aria-pressed', 'true');
    await expect(map.locator('path.map-country--RUS')).toHaveAttribute('stroke-width', '2.5');
    await expect.poll(() => linkOpacity(map, 'TUR')).toBeCloseTo(0.95 * 0.3, 2);
    await expect.poll(() => linkOpacity(map, 'RUS')).toBe(1);
    await saveScreenshot(page, 'map-page-russia-selected-1280');
    await saveMapShot(map, 'map-russia-selected-1280');
    await page.keyboard.press('Escape');
    await expect(russia).toHaveAttribute('aria-pressed', 'false');
    await expect(map.locator('.map-tooltip')).toHaveCount(0);
    await expect(map.locator('path.map-link--CHN')).toHaveCSS('stroke-opacity', '0.95');
  });
});

test.describe('the map on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('fits every partner in a 375-pixel-wide map, labels inside the map', async ({ page }) => {
    const map = await openMap(page);
    const frame = await map.locator('.leaflet-container').boundingBox();
    expect(frame!.width).toBeLessThanOrEqual(375);
    const labels = map.locator('.map-place__label');
    await expect(labels).toHaveCount(8);
    for (const box of await labels.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.left).toBeGreaterThanOrEqual(frame!.x - 1);
      expect(box.right).toBeLessThanOrEqual(frame!.x + frame!.width + 1);
    }
    await saveScreenshot(page, 'map-page-375');
    await saveMapShot(map, 'map-loaded-375');
    await map.getByRole('button', { name: 'Russie', exact: true }).focus();
    await expect(map.locator('.map-tooltip')).toBeVisible();
    const tip = await map.locator('.map-tooltip').boundingBox();
    expect(tip!.x).toBeGreaterThanOrEqual(frame!.x);
    expect(tip!.x + tip!.width).toBeLessThanOrEqual(frame!.x + frame!.width + 1);
    await saveMapShot(map, 'map-russia-focused-375');
  });
});

test.describe('the map, further', () => {
  test('speaks English, names included, with ?lang=en', async ({ page }) => {
    const map = await openMap(page, './?lang=en');
    await expect(map.getByRole('button', { name: 'Türkiye', exact: true })).toBeVisible();
    await expect(map.getByRole('button', { name: 'United Nations', exact: true })).toBeVisible();
    await expect(map.getByRole('group', { name: /^Interactive map of Mali/ })).toBeVisible();
    await expect(map.getByText('De facto boundaries, shown without recognition or endorsement.')).toBeVisible();
    await saveMapShot(map, 'map-english-1280');
  });

  test('shows the sentence of a link when the pointer rests on it, and selects its relation on click', async ({ page }) => {
    const map = await openMap(page);
    await map.locator('.leaflet-container').scrollIntoViewIfNeeded();
    const box = await map.locator('path.map-link-hit--CHN').evaluate((el) => {
      const path = el as SVGPathElement;
      const mid = path.getPointAtLength(path.getTotalLength() * 0.85);
      const m = path.getScreenCTM()!;
      return { x: m.a * mid.x + m.e, y: m.d * mid.y + m.f };
    });
    await page.mouse.move(box.x, box.y);
    await expect(map.locator('.map-tooltip')).toHaveText('Chine – sécurité\u00a0: actif');
    await page.mouse.click(box.x, box.y);
    await expect(map.locator('.leaflet-map-forward-links-pane path.map-link--CHN')).toHaveCSS('stroke-opacity', '1');
    await page.mouse.move(5, 5);
    await expect.poll(() => linkOpacity(map, 'RUS')).toBeCloseTo(0.95 * 0.3, 2);
    await saveMapShot(map, 'map-china-link-selected-1280');
  });

  test('loads the finer geometry only once zoomed in past the continental scale', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(new URL(r.url()).pathname));
    const map = await openMap(page);
    expect(scripts.some((p) => /countries-110m-[^/]+\.js$/.test(p))).toBe(true);
    expect(scripts.some((p) => /countries-50m/.test(p))).toBe(false);
    // Leaflet ignores a zoom asked for during its zoom animation, so each step waits for the last to land.
    for (let i = 0; i < 3; i++) {
      const before = await spread(map);
      await map.getByRole('button', { name: 'Zoomer', exact: true }).click();
      await expect.poll(() => spread(map)).toBeGreaterThan(before * 1.5);
    }
    await expect.poll(() => scripts.some((p) => /countries-50m-[^/]+\.js$/.test(p)), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => map.locator('.leaflet-map-basemap-pane path.map-country').count(), { timeout: 15_000 }).toBeGreaterThan(230);
    await saveMapShot(map, 'map-zoomed-50m-1280');
    await map.getByRole('button', { name: 'Voir tous les partenaires' }).click();
    await expect(map.getByRole('button', { name: 'Nations unies', exact: true })).toBeInViewport();
  });

  test('asks for street tiles only once the street basemap is switched on', async ({ page }) => {
    const tiles: string[] = [];
    // Answered here, at the page level, so the outside-request guard never sees them.
    await page.route('https://tile.openstreetmap.org/**', (route) => {
      tiles.push(route.request().url());
      return route.fulfill({ status: 204 });
    });
    const map = await openMap(page);
    const toggle = map.getByRole('switch', { name: 'Fond de carte routier en ligne' });
    await expect(toggle).not.toBeChecked();
    expect(tiles).toEqual([]);
    await toggle.check();
    await expect.poll(() => tiles.length).toBeGreaterThan(0);
    await expect(map.getByText('© les contributeurs d’OpenStreetMap')).toBeVisible();
    await toggle.uncheck();
    await expect(map.locator('.leaflet-tile-pane img')).toHaveCount(0);
  });

  test('fades what a hover leaves out as whole layers, and draws what it brings forward over them at full strength', async ({ page }) => {
    const map = await openMap(page);
    const russia = map.getByRole('button', { name: 'Russie', exact: true });
    await map.locator('.map-canvas').evaluate((canvas) => canvas.scrollIntoView({ block: 'center' }));
    await russia.hover();
    await expect(map.locator('.map-canvas')).toHaveAttribute('data-faded', '');
    await expect(map.locator('.leaflet-map-links-pane')).toHaveCSS('opacity', '0.3');
    await expect(map.locator('.leaflet-map-basemap-pane .map-fade-group')).toHaveCSS('opacity', '0.49');
    await expect(map.locator('ul.map-places')).toHaveCSS('opacity', '0.5');
    expect(await linkOpacity(map, 'RUS')).toBe(1);
    expect(await linkOpacity(map, 'TUR')).toBeCloseTo(0.95 * 0.3, 2);
    await expect(map.locator('.map-picked-group path.map-country--RUS')).toHaveCount(1);
    // The place's copy lies over the faded list at full strength; the place keeps its button under it.
    const copy = map.locator('.map-places-picked .map-place--copy', { hasText: 'Russie' });
    await expect(copy.locator('.map-place__label')).toHaveCSS('border-top-color', 'rgb(26, 26, 26)');
    await expect(map.locator('.map-places-picked')).toHaveCSS('opacity', '1');
    const [own, drawn] = await Promise.all([russia.boundingBox(), copy.locator('.map-place__label').boundingBox()]);
    expect(drawn).toEqual(own);
    await expect(map.getByRole('button', { name: 'Russie', exact: true })).toHaveCount(1);
    // The map alone, by the part of the page in view: an element's shot lays the page out again,
    // and the browser takes the place from under the pointer.
    const canvas = await map.locator('.map-canvas').boundingBox();
    await page.screenshot({ path: 'test-results/screens/map-russia-hovered-1280.png', clip: canvas! });
    const results = await new AxeBuilder({ page }).include('.view-region--map').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.mouse.move(5, 5);
    await expect(map.locator('.map-canvas')).not.toHaveAttribute('data-faded', '');
    await expect(map.locator('.map-places-picked .map-place--copy')).toHaveCount(0);
    expect(await linkOpacity(map, 'RUS')).toBeCloseTo(0.95 * 0.999, 2);
  });

  test('has no accessibility violations that axe can find, with the map drawn', async ({ page }) => {
    const map = await openMap(page);
    await map.getByRole('button', { name: 'Russie', exact: true }).focus();
    const results = await new AxeBuilder({ page }).include('.view-region--map').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
