import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';
import { openTool } from './support/toolbar';
import { TIME_LIMITS } from '../../src/config/timeLimits';

const SHIPPED_TITLE = 'Les partenariats du Mali';
const SHIPPED_JSON = JSON.parse(readFileSync('public/data/partnerships.json', 'utf8')) as { title: Record<string, string> };

/** The shipped dataset under another title and file name, as a person would save a copy of it. */
const datasetFile = (name: string, title: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify({ ...SHIPPED_JSON, title: { fr: title, en: title } })),
});

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const picker = (page: Page) => page.getByLabel('Charger un fichier (CSV ou JSON)');
const failure = (page: Page) => page.getByRole('alert');

async function openShipped(page: Page) {
  await page.goto('./');
  await expect(heading(page, SHIPPED_TITLE)).toBeVisible();
  await expect(picker(page)).toBeAttached();
}

async function loadFile(page: Page, name: string, title: string) {
  await picker(page).setInputFiles(datasetFile(name, title));
  await expect(heading(page, title)).toBeVisible();
}

/**
 * A server that sends its file a piece at a time, 64 kB each, stands in for the network: Playwright
 * can hang or fulfil a request, not send part of it. It sends `bytes` in all (announcing them when
 * `announce` is set), or falls silent after `silentAfter`, and it counts what the page pulled and
 * whether the page hung up, in `window.__served`.
 */
async function serveInPieces(page: Page, path: string, options: { bytes: number; silentAfter?: number; announce?: boolean }) {
  await page.addInitScript(
    ({ path, bytes, silentAfter, announce }) => {
      const served = { pulled: 0, hungUp: false };
      (window as unknown as { __served: typeof served }).__served = served;
      const realFetch = window.fetch.bind(window);
      const piece = new TextEncoder().encode('Mali,Niger,security,active,Une citation.\n'.repeat(1600));
      window.fetch = (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input), location.href);
        if (url.pathname !== new URL(path, location.href).pathname) return realFetch(input, init);
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            // The page hangs up either way: by aborting its request, as here, or by cancelling the body.
            init?.signal?.addEventListener('abort', () => {
              served.hungUp = true;
              controller.error(new DOMException('aborted', 'AbortError'));
            });
          },
          pull(controller) {
            if (silentAfter !== null && served.pulled >= silentAfter) return new Promise<void>(() => undefined);
            const part = piece.subarray(0, Math.min(piece.byteLength, bytes - served.pulled));
            served.pulled += part.byteLength;
            controller.enqueue(part);
            if (served.pulled >= bytes) controller.close();
          },
          cancel() {
            served.hungUp = true;
          },
        });
        return Promise.resolve(new Response(body, { headers: announce ? { 'content-length': String(bytes) } : {} }));
      };
    },
    { path, bytes: options.bytes, silentAfter: options.silentAfter ?? null, announce: options.announce ?? false },
  );
}

test.describe('loading never leaves the page stuck', () => {
  test('a ?data= server that never answers gives way to the shipped data after its time limit, naming the host and the file', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await page.clock.install();
    await page.route('**/slow/late.json', () => undefined);
    await page.goto('./?data=slow/late.json');
    const host = new URL(page.url()).host;
    const status = page.getByRole('banner').getByRole('status');
    await expect(status).toHaveText('Chargement des données…');
    await page.clock.fastForward(TIME_LIMITS.showProgressMs);
    await expect(status).toHaveText(`Chargement de « late.json » depuis ${host}…`);
    await expect(page.getByRole('button', { name: 'Annuler' })).toBeVisible();
    await expect(page.getByText('Reçu : 0 ko')).toBeVisible();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await saveScreenshot(page, 'loading-link-waiting-phone');

    await page.clock.fastForward(TIME_LIMITS.silenceMs);
    await expect(heading(page, SHIPPED_TITLE)).toBeVisible();
    await expect(failure(page)).toContainText('Les données « late.json » n’ont pas pu être chargées');
    await expect(failure(page)).toContainText(`late.json : ${host} n’a rien envoyé pendant 15 s, le chargement a donc été arrêté`);
    await expect(failure(page)).toContainText('Les données d’origine sont affichées à la place.');
    // The tools are there again: on a phone, behind the header's menu button.
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Données', exact: true })).toBeVisible();
    await saveScreenshot(page, 'loading-link-silent-phone');
  });

  test('a ?data= download shows the bytes received of the total, and Cancel shows the shipped data at once', async ({ page }) => {
    const MB = 1024 * 1024;
    await serveInPieces(page, 'feeds/partial.csv', { bytes: 3 * MB, silentAfter: MB, announce: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.clock.install();
    await page.goto('./?data=feeds/partial.csv');
    await page.clock.fastForward(TIME_LIMITS.showProgressMs);
    await expect(page.getByText('Reçu : 1,0 Mo sur 3,0 Mo')).toBeVisible();
    const sent = await page.evaluate(() => (window as unknown as { __served: { pulled: number } }).__served.pulled);
    await expect(page.getByRole('progressbar', { name: 'Progression du chargement' })).toHaveAttribute('value', String(sent));
    await saveScreenshot(page, 'loading-link-progress-dark');
    await page.getByRole('button', { name: 'Annuler' }).focus();
    await page.keyboard.press('Enter');
    await expect(heading(page, SHIPPED_TITLE)).toBeVisible();
    await expect(failure(page)).toContainText('partial.csv : le chargement a été annulé');
    expect(await page.evaluate(() => (window as unknown as { __served: { hungUp: boolean } }).__served.hungUp)).toBe(true);
  });

  test('a browser storage that never answers gives way to the shipped data, and a new file says it could not be kept', async ({ page }) => {
    // As some browsers do: IndexedDB's open() takes the request and never calls back.
    await page.addInitScript(() => {
      Object.defineProperty(IDBFactory.prototype, 'open', { value: () => ({}) });
    });
    await page.clock.install();
    await page.goto('./');
    await page.clock.fastForward(TIME_LIMITS.showProgressMs);
    await expect(page.getByRole('banner').getByRole('status')).toHaveText('Lecture des données gardées dans ce navigateur…');
    await expect(page.getByRole('button', { name: 'Annuler' })).toBeVisible();
    await page.clock.fastForward(TIME_LIMITS.storageMs);
    await expect(heading(page, SHIPPED_TITLE)).toBeVisible();
    await expect(failure(page)).toContainText('Les données gardées dans ce navigateur n’ont pas pu être lues');
    await expect(failure(page)).toContainText('IndexedDB : le stockage de ce navigateur n’a pas répondu en 5 s');
    await saveScreenshot(page, 'loading-storage-silent');

    await loadFile(page, 'A.json', 'Données A');
    await page.clock.fastForward(TIME_LIMITS.storageMs);
    await expect(page.getByRole('status').filter({ hasText: 'Le navigateur n’a pas pu garder ces données' })).toBeVisible();
  });
});

test.describe('the latest load wins, in every tab', () => {
  test('a late way back to the original data neither replaces nor deletes a dataset loaded after it', async ({ page }) => {
    await openShipped(page);
    await loadFile(page, 'A.json', 'Données A');

    // The shipped dataset is held on its way, so that the way back finishes after B has loaded.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/partnerships.json', async (route) => {
      await held;
      await route.continue().catch(() => undefined);
    });
    const asked = page.waitForRequest('**/data/partnerships.json');
    await openTool(page, 'Revenir aux données d’origine');
    await asked;
    // Whichever comes first: the way back is abandoned, or it shows the shipped data over B.
    const lateBack = Promise.race([
      page
        .waitForEvent('requestfailed', { predicate: (r) => r.url().endsWith('/data/partnerships.json'), timeout: 0 })
        .then(() => 'abandoned'),
      heading(page, SHIPPED_TITLE)
        .waitFor({ timeout: 0 })
        .then(() => 'shown'),
    ]).catch(() => 'closed');
    await loadFile(page, 'B.json', 'Données B');
    await expect(page.getByRole('status').filter({ hasText: '« B.json » est chargé' })).toBeVisible();
    release();
    await lateBack;
    await expect(heading(page, 'Données B')).toBeVisible();

    await page.unroute('**/data/partnerships.json');
    await page.reload();
    await expect(heading(page, 'Données B')).toBeVisible();
  });

  test('two tabs keep their own datasets: a reload of each shows its own, and a new tab opens the latest', async ({ page, context }) => {
    await openShipped(page);
    await loadFile(page, 'A.json', 'Données A');

    const second = await context.newPage();
    const errors: string[] = [];
    second.on('pageerror', (error) => errors.push(error.message));
    await second.goto('./');
    await expect(heading(second, 'Données A')).toBeVisible();
    await expect(picker(second)).toBeAttached();
    await loadFile(second, 'B.json', 'Données B');

    await page.reload();
    await expect(heading(page, 'Données A')).toBeVisible();
    await second.reload();
    await expect(heading(second, 'Données B')).toBeVisible();
    await saveScreenshot(second, 'loading-second-tab');

    const third = await context.newPage();
    await third.goto('./');
    await expect(heading(third, 'Données B')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a kept dataset whose quote was changed and whose source text is missing is refused, not shown as evidence', async ({ page }) => {
    await openShipped(page);
    await loadFile(page, 'A.json', 'Données A');
    // Every dataset this app keeps in IndexedDB is rewritten by hand, as anything on the computer could.
    const rewritten = await page.evaluate(async () => {
      const ask = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const db = await ask(indexedDB.open('keyval-store'));
      const store = () => db.transaction('keyval', 'readwrite').objectStore('keyval');
      const keys = (await ask(store().getAllKeys())).filter((key) => String(key).startsWith('partnership-atlas/'));
      let count = 0;
      for (const key of keys) {
        const entry = await ask(store().get(key));
        if (typeof entry !== 'object' || entry === null || !('json' in entry)) continue;
        entry.json.partnerships[0].evidence[0].quote = 'Une citation inventée de toutes pièces.';
        entry.sourceTexts = [];
        await ask(store().put(entry, key));
        count += 1;
      }
      db.close();
      return count;
    });
    expect(rewritten).toBeGreaterThan(0);

    await page.reload();
    await expect(heading(page, SHIPPED_TITLE)).toBeVisible();
    await expect(failure(page)).toContainText('Les données « A.json » n’ont pas pu être chargées');
    await expect(failure(page)).toContainText(
      'sources[0].text : le texte « sources/article.fr.txt » n’a pas été gardé avec ces données dans le navigateur',
    );
    await expect(page.getByText('Une citation inventée de toutes pièces.')).toHaveCount(0);
    await saveScreenshot(page, 'loading-kept-refused');
    // It was dropped: the next reload starts clean.
    await page.reload();
    await expect(heading(page, SHIPPED_TITLE)).toBeVisible();
    await expect(failure(page)).toHaveCount(0);
  });

  test('a ?data= CSV sent in chunks with no announced length stops being read at 20 MB, and says so', async ({ page }) => {
    const MB = 1024 * 1024;
    await serveInPieces(page, 'feeds/huge.csv', { bytes: 25 * MB });
    await page.goto('./?data=feeds/huge.csv');
    await expect(heading(page, SHIPPED_TITLE)).toBeVisible();
    await expect(failure(page)).toContainText('huge.csv : le fichier dépasse 20 Mo, le maximum que lit ce tableau de bord');
    const served = await page.evaluate(() => (window as unknown as { __served: { pulled: number; hungUp: boolean } }).__served);
    expect(served.hungUp).toBe(true);
    expect(served.pulled).toBeLessThan(21 * MB);
    await saveScreenshot(page, 'loading-too-large');
  });
});
