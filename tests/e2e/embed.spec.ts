import type { Frame, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { openArticle } from './fixtures/embedHost';
import { toEmbedSnippets } from '../../src/embed/embedSnippets';
import type { EmbedView } from '../../src/config/appConfig';

type Shown = Exclude<EmbedView, 'source'>;
const VIEWS: readonly Shown[] = ['map', 'network', 'sectors', 'table', 'timeline'];
// The narrow and the wide end of the frames the issue names; 320 and 1200 px behaved the same when tried.
const WIDTHS = [360, 1024] as const;
const SCREENSHOT_WIDTHS = new Set([360, 1024]);

/** What each embed shows once it is drawn. */
const READY: Record<Shown, string> = {
  map: '.map-place__label',
  network: '.network-node',
  sectors: '.sector-bars svg',
  table: 'table tbody tr',
  timeline: '.timeline__list li',
};

function snippetFor(view: EmbedView, query = ''): string {
  // Relative URLs: the article is served from the app's own origin, one folder down.
  return toEmbedSnippets(`../?embed=${view}&lang=fr${query}`, '../embed.js', `Embed ${view}`, view).script;
}

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe[data-partnership-atlas]').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  return frame;
}

/** Boxes of visible content that ends outside the frame, ignoring what sits inside a deliberate scroller or clip (a map pane, a table's scroller). */
async function cutOff(frame: Frame) {
  return frame.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      }
      return false;
    };
    return [...document.querySelectorAll('.embed *')]
      .filter((el) => !el.closest('.visually-hidden') && !clipped(el))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0 && (r.left < -0.5 || r.right > width + 0.5))
      .map(
        ({ el, r }) =>
          `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} ${Math.round(r.left)}..${Math.round(r.right)} of ${width}`,
      );
  });
}

/** Labels on the map and chart texts that a clipping box hides in part. */
async function labelsCut(frame: Frame) {
  return frame.evaluate(() => {
    const out: string[] = [];
    const inside = (r: DOMRect, box: DOMRect) =>
      r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
    const map = document.querySelector('.map-canvas');
    if (map) {
      const box = map.getBoundingClientRect();
      for (const label of document.querySelectorAll('.map-place__label'))
        if (!inside(label.getBoundingClientRect(), box)) out.push(`map label ${label.textContent}`);
    }
    for (const svg of document.querySelectorAll('.network-svg')) {
      const box = svg.getBoundingClientRect();
      for (const text of svg.querySelectorAll('text'))
        if (!inside(text.getBoundingClientRect(), box)) out.push(`network label ${text.textContent}`);
    }
    return out;
  });
}

for (const view of VIEWS) {
  for (const width of WIDTHS) {
    test(`the ${view} embed fits a ${width}-pixel column: no sideways scroll, nothing cut off, and the host sizes it from its height message`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 700 });
      await openArticle(page, snippetFor(view));
      const frame = await embedFrame(page);
      await expect(frame.locator(READY[view]).first()).toBeVisible({ timeout: 15_000 });
      await expect(frame.getByRole('heading', { level: 1, name: 'Les partenariats du Mali' })).toBeVisible();
      await expect(frame.locator('.embed__footer .source-line')).toHaveText(/^Source\s:\sMali\s:\sCoopération renforcée avec la Russie/);
      await expect(frame.getByRole('link', { name: /Explorer le tableau de bord complet/ })).toBeVisible();

      // The frame's content settles, then the host script applies the last height it was sent.
      const content = await frame.locator('main.embed').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1))).toBe(content);
      await expect(page.locator('iframe[data-partnership-atlas]')).toHaveCSS('height', `${content}px`);

      const scroll = await frame.evaluate(() => ({
        sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        down: document.documentElement.scrollHeight - document.documentElement.clientHeight,
      }));
      expect(scroll.sideways, 'horizontal overflow in the frame').toBeLessThanOrEqual(0);
      expect(scroll.down, 'vertical overflow in the frame').toBeLessThanOrEqual(0);
      expect(await cutOff(frame)).toEqual([]);
      expect(await labelsCut(frame)).toEqual([]);
      if (SCREENSHOT_WIDTHS.has(width)) {
        await page.screenshot({ path: `test-results/screens/embed-${view}-${width}.png`, fullPage: true });
      }
    });
  }
}

test('the network embed downloads neither Leaflet nor the world geometry', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await openArticle(page, snippetFor('network'));
  const frame = await embedFrame(page);
  await expect(frame.locator('.network-node').first()).toBeVisible({ timeout: 15_000 });
  await expect(frame.locator('.network-legend')).toBeVisible();
  expect(
    requested.some((url) => /NetworkView-.*\.js$/.test(url)),
    'the network chunk was loaded',
  ).toBe(true);
  expect(requested.filter((url) => /MapView|countries-\d+m|leaflet/i.test(url))).toEqual([]);
});

/**
 * The chunks the network and sector embeds never need, by the module each is named after (Vite names a chunk
 * `<module>-<hash>.js`): its page, its tools and dialogs, presentation mode, the other views, and
 * the English catalogue, which a page read in French never needs.
 */
const DASHBOARD_ONLY = [
  'App',
  'DraftWorkspace',
  'ImportDialog',
  'ExportDialog',
  'EmbedDialog',
  'runExport',
  'readInput',
  'csvPipeline',
  'findMergeReview',
  'mergeIntoDataset',
  'Presentation',
  'PresentationSlot',
  'registerServiceWorker',
  'MapView',
  'loadWorld',
  'TableView',
  'Timeline',
  'SourceReader',
  'en',
];

for (const [view, otherView] of [
  ['network', 'SectorsView'],
  ['sectors', 'NetworkView'],
] as const) {
  test(`the ${view} embed downloads no code of the dashboard's other features`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      const file = new URL(request.url()).pathname.split('/').pop() ?? '';
      if (file.endsWith('.js')) scripts.push(file);
    });
    await page.goto(`./?embed=${view}`);
    await expect(page.locator(READY[view]).first()).toBeVisible({ timeout: 15_000 });
    // What a drawn view fetches next (a layout's worker, an idle prefetch) is counted too.
    await page.waitForLoadState('networkidle');
    expect(
      scripts.some((file) => /^EmbedPage-[\w-]+\.js$/.test(file)),
      'the embed page chunk was loaded',
    ).toBe(true);
    const dashboardOnly = new RegExp(`^(${[...DASHBOARD_ONLY, otherView].join('|')})-[\\w-]+\\.js$`);
    expect(scripts.filter((file) => dashboardOnly.test(file))).toEqual([]);
  });
}

test('an embed honours the language, filters and selection of its address', async ({ page }) => {
  await page.goto('./?embed=sectors&lang=en&status=active&select=RUS');
  await expect(page.getByRole('heading', { level: 1, name: "Mali's partnerships" })).toBeVisible();
  await expect(page.getByText(/of 12 partnerships; filters: active/)).toBeVisible();
  const back = page.getByRole('link', { name: /Explore the full dashboard/ });
  await expect(back).toHaveAttribute('href', /\?lang=en&view=sectors&status=active&select=RUS$/);
  await expect(back).toHaveAttribute('target', '_blank');
});

test('an embed whose data cannot load says so in words, and still tells its host its height', async ({ page }) => {
  await page.route('**/data/partnerships.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await openArticle(page, snippetFor('network'));
  const frame = await embedFrame(page);
  await expect(frame.getByText('Le graphique ne peut pas s’afficher : ses données n’ont pas pu être chargées.')).toBeVisible();
  const content = await frame.locator('main.embed').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1))).toBe(content);
  await page.screenshot({ path: 'test-results/screens/embed-failed.png', fullPage: true });
});
