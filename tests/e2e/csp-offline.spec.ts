import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';
import { openTool } from './support/toolbar';

const SHIPPED_TITLE = 'Les partenariats du Mali';
const singleFile = resolve(process.env.E2E_SINGLE ?? 'dist-single/index.html');
const ARTICLE = readFileSync('public/data/sources/article.fr.txt', 'utf8');
/** A transparent pixel, for the street map's tiles. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/**
 * Records, from the first line of every page and frame, each report of the page's
 * Content-Security-Policy (`securitypolicyviolation`) and every error in the console, where the
 * browser also writes what a policy refused.
 */
async function watchPolicy(page: Page): Promise<{ violations: string[]; errors: string[] }> {
  const seen = { violations: [] as string[], errors: [] as string[] };
  await page.exposeFunction('reportPolicyViolation', (report: string) => seen.violations.push(report));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportPolicyViolation: (text: string) => void }).reportPolicyViolation;
      void report(
        `${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      );
    });
  });
  return seen;
}

/** The page's policy, directive by directive. */
async function readPolicy(page: Page): Promise<Map<string, string[]>> {
  const content = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(content, 'the page carries a Content-Security-Policy').toBeTruthy();
  return new Map(
    (content ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

/**
 * What a strict policy is: no inline code or style but the build's own (by hash), no eval, nothing
 * from anywhere by default; workers from the site's own files, or, in the one-file build, which
 * carries its layout worker inline, from `blob:` alone.
 */
function expectStrict(policy: Map<string, string[]>, workers = ["'self'"]) {
  expect(policy.get('default-src')).toEqual(["'none'"]);
  for (const directive of ['script-src', 'style-src']) {
    const sources = policy.get(directive) ?? [];
    expect(sources[0], directive).toBe("'self'");
    expect(
      sources.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s)),
      `${directive} allows nothing inline but by hash: ${sources.join(' ')}`,
    ).toBe(true);
  }
  expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https://tile.openstreetmap.org']);
  expect(policy.get('connect-src')).toEqual(["'self'", 'https:']);
  expect(policy.get('worker-src')).toEqual(workers);
}

/** Every view of the dashboard, drawn. */
async function expectEveryView(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: SHIPPED_TITLE })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Carte' }).locator('path.map-link')).toHaveCount(8, { timeout: 15_000 });
  await expect(page.getByRole('region', { name: 'Réseau' }).locator('.network-node')).toHaveCount(11, { timeout: 15_000 });
  await expect(page.getByRole('region', { name: 'Secteurs' }).getByRole('group', { name: /Matrice des partenariats/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Texte de la source' })).toContainText('Diop et Camara ont réaffirmé');
  await expect(page.getByRole('region', { name: 'Tableau des partenariats' }).locator('tbody tr')).toHaveCount(12);
}

/** Downloads the map as SVG and as PNG (drawn through a blob: image) from the Export dialog. */
async function exportMap(page: Page) {
  await openTool(page, 'Exporter');
  const dialog = page.getByRole('dialog', { name: 'Exporter un graphique ou les données' });
  await dialog.getByRole('radio', { name: 'Carte' }).check();
  for (const format of [/^SVG/, /^PNG/]) {
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: format }).click()]);
    expect(download.suggestedFilename()).toMatch(format.source === '^SVG' ? /\.svg$/ : /\.png$/);
  }
  await dialog.getByRole('button', { name: 'Fermer' }).click();
}

/** Opens the presentation at its first step and leaves it. */
async function present(page: Page) {
  await openTool(page, 'Présenter');
  await expect(page.getByRole('heading', { level: 2, name: 'La fin des opérations française et onusienne' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.presentation')).toHaveCount(0);
}

test.describe('Content-Security-Policy', () => {
  test('the dashboard runs under a strict policy: every view, the street map, exports, the import and draft tools, the embed dialog and the presentation report no violation', async ({
    page,
  }) => {
    const seen = await watchPolicy(page);
    await page.route('https://tile.openstreetmap.org/**', (route) => route.fulfill({ contentType: 'image/png', body: PIXEL }));
    await page.goto('./');
    expectStrict(await readPolicy(page));
    await expectEveryView(page);
    // The shell's stylesheet, written into the page, applies (a strict policy without its hash leaves the page unstyled).
    await expect(page.getByRole('region', { name: 'Carte' }).locator('.leaflet-container')).toHaveCSS('position', 'relative');
    await expect(page.locator('body')).toHaveCSS('margin', '0px');

    const map = page.getByRole('region', { name: 'Carte' });
    await map.getByRole('switch', { name: 'Fond de carte routier en ligne' }).check();
    await expect.poll(() => map.locator('.leaflet-tile-pane img.leaflet-tile-loaded').count()).toBeGreaterThan(0);
    await map.getByRole('switch', { name: 'Fond de carte routier en ligne' }).uncheck();

    await exportMap(page);

    await page.getByLabel('Charger un fichier (CSV ou JSON)').setInputFiles('tests/fixtures/import/odd-columns.csv');
    const mapping = page.getByRole('dialog', { name: 'Quelle colonne contient quoi ?' });
    await expect(mapping.getByRole('cell', { name: 'Cooperation with Russia.' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(mapping).toBeHidden();

    await openTool(page, 'Rédiger depuis un article');
    const draft = page.getByRole('dialog', { name: 'Rédiger des données depuis un article' });
    await draft.getByLabel('Texte de l’article').fill(ARTICLE);
    await draft.getByRole('button', { name: 'Analyser' }).click();
    // The article's eleven partnerships, as the draft tool reads them (tests/unit/extract/shippedArticle.test.ts).
    await expect(draft.getByRole('table').locator('tbody tr')).toHaveCount(11);
    await draft.getByRole('button', { name: 'Fermer' }).click();

    await openTool(page, 'Intégrer');
    const embed = page.getByRole('dialog', { name: 'Intégrer un graphique dans un article' });
    await expect(embed.getByRole('status').filter({ hasText: /Hauteur mesurée/ })).toBeVisible({ timeout: 20_000 });
    await saveScreenshot(page, 'csp-dashboard-embed-dialog');
    await embed.getByRole('button', { name: 'Fermer' }).click();

    await present(page);

    // A `?data=` link to any https address is allowed: see the offline test, which loads one.
    expect(seen.violations, 'reports of the Content-Security-Policy').toEqual([]);
    expect(seen.errors, 'errors in the console').toEqual([]);
  });

  test('every embed page carries the policy, draws its view without a violation, and refuses markup that would run a script', async ({
    page,
  }) => {
    const seen = await watchPolicy(page);
    const ready = {
      map: '.map-place__label',
      network: '.network-node',
      sectors: '.sector-bars svg',
      table: 'table tbody tr',
      timeline: '.timeline__list li',
    };
    for (const [view, selector] of Object.entries(ready)) {
      await page.goto(`./embed-${view}-${view === 'network' || view === 'table' ? 'en' : 'fr'}.html`);
      expectStrict(await readPolicy(page));
      await expect(page.locator(selector).first()).toBeVisible({ timeout: 15_000 });
    }
    await saveScreenshot(page, 'csp-embed-timeline');
    expect(seen.violations, 'reports of the Content-Security-Policy').toEqual([]);
    expect(seen.errors, 'errors in the console').toEqual([]);

    // What the policy is for: markup that reached the page can neither run a handler nor restyle it.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<img alt="" src="data:," onload="window.handlerRan = true"><p id="injected" style="color: red">x</p>',
      );
    });
    await expect.poll(() => seen.violations.length).toBe(2);
    expect(await page.evaluate(() => 'handlerRan' in window)).toBe(false);
    await expect(page.locator('#injected')).not.toHaveCSS('color', 'rgb(255, 0, 0)');
  });

  test('the one-file build, opened from the disk, allows its inline code by hash and draws, exports and presents without a violation', async ({
    page,
    context,
  }) => {
    const seen = await watchPolicy(page);
    await context.setOffline(true);
    await page.goto(pathToFileURL(singleFile).href);
    expectStrict(await readPolicy(page), ['blob:']);
    await expectEveryView(page);
    await exportMap(page);
    await present(page);
    await saveScreenshot(page, 'csp-single-file');
    expect(seen.violations, 'reports of the Content-Security-Policy').toEqual([]);
    expect(seen.errors, 'errors in the console').toEqual([]);
  });
});

/** Every address the site's service worker keeps, across its caches. */
function keptAddresses(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const kept: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) kept.push(request.url);
    return kept;
  });
}

test.describe('offline after the first visit', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a classroom opens the dashboard once online; offline, a reload draws every view, the tools and an embed page, and a person’s own data never passes through the worker', async ({
    page,
    context,
  }) => {
    const seen = await watchPolicy(page);
    await page.goto('./');
    await expectEveryView(page);
    // The worker takes over the page once it has kept every file.
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), { timeout: 15_000 })
      .toBe('activated');

    // A dataset of one's own, from a `?data=` link, is fetched by the browser as if there were no worker, and is not kept.
    const shipped = readFileSync('public/data/partnerships.json', 'utf8');
    await context.route('https://data.example.org/**', (route) =>
      route.fulfill({ contentType: 'application/json', body: shipped, headers: { 'access-control-allow-origin': '*' } }),
    );
    const linked = page.waitForResponse('https://data.example.org/mine.json');
    await page.goto('./?data=https://data.example.org/mine.json');
    expect((await linked).fromServiceWorker()).toBe(false);
    await expect(page.getByRole('region', { name: 'Tableau des partenariats' }).locator('tbody tr')).toHaveCount(12);
    const kept = await keptAddresses(page);
    expect(kept.filter((url) => !url.startsWith(new URL('./', page.url()).href))).toEqual([]);
    expect(kept.filter((url) => /data\.example|[?&]data=/.test(url))).toEqual([]);

    await context.setOffline(true);
    const answered = { byWorker: 0, byNetwork: [] as string[] };
    page.on('response', (response) => {
      if (response.fromServiceWorker()) answered.byWorker += 1;
      else answered.byNetwork.push(response.url());
    });
    await page.goto('./?lang=fr');
    await expectEveryView(page);
    await openTool(page, 'Rédiger depuis un article');
    const draft = page.getByRole('dialog', { name: 'Rédiger des données depuis un article' });
    await draft.getByLabel('Texte de l’article').fill(ARTICLE);
    await draft.getByRole('button', { name: 'Analyser' }).click();
    // The article's eleven partnerships, as the draft tool reads them (tests/unit/extract/shippedArticle.test.ts).
    await expect(draft.getByRole('table').locator('tbody tr')).toHaveCount(11);
    await draft.getByRole('button', { name: 'Fermer' }).click();
    await saveScreenshot(page, 'offline-reload');
    await page.goto('./embed-network-en.html');
    await expect(page.locator('.network-node')).toHaveCount(11, { timeout: 15_000 });
    expect(answered.byNetwork, 'responses that did not come from the worker, offline').toEqual([]);
    expect(answered.byWorker, 'responses from the worker, offline').toBeGreaterThan(30);
    // The worker, and a dataset from any https address, are within the page's policy.
    expect(seen.violations, 'reports of the Content-Security-Policy').toEqual([]);
    expect(seen.errors, 'errors in the console').toEqual([]);
  });
});

test.describe('a new version', () => {
  test.use({ serviceWorkers: 'allow' });

  test('is kept on the next visit online, and a notice in the person’s language offers to reload into it', async ({ page, context }) => {
    // The first visit gets the worker of an earlier build: the same files under another version of
    // its list. The browser looks for a new worker by itself on the next visit, in a request no
    // route reaches, and finds the build as it is.
    let served = false;
    await context.route('**/sw.js', async (route) => {
      if (served) return route.fallback();
      served = true;
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/"version":"[0-9a-f]+"/, '"version":"earlier"') });
    });
    await page.goto('./?lang=en');
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 15_000 }).toEqual([expect.stringMatching(/ earlier$/)]);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), { timeout: 15_000 })
      .toBe('activated');
    const notice = page.getByRole('status').filter({ hasText: 'A new version of the dashboard is ready.' });
    await expect(page.locator('.network-node')).toHaveCount(11, { timeout: 15_000 });
    await expect(notice).toHaveCount(0);

    await page.reload();
    await expect(notice).toBeVisible({ timeout: 15_000 });
    await saveScreenshot(page, 'offline-update-notice');
    await page.setViewportSize({ width: 375, height: 667 });
    await notice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/offline-update-notice-phone.png' });
    const axe = await new AxeBuilder({ page }).include('.update-notice').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.evaluate(() => Object.assign(window, { beforeReload: true }));
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload the page' }).click()]);
    expect(await page.evaluate(() => 'beforeReload' in window), 'the page has reloaded').toBe(false);
    expect(await page.evaluate(() => caches.keys()), 'the earlier version’s files are gone').toEqual([
      expect.not.stringMatching(/ earlier$/),
    ]);
    await expect(page.locator('.network-node')).toHaveCount(11, { timeout: 15_000 });
    await expect(notice).toHaveCount(0);
  });
});
