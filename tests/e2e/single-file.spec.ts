import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';

// `npm run build` makes dist-single/index.html beside the ordinary site.
const singleFile = resolve(process.env.E2E_SINGLE ?? 'dist-single/index.html');

const network = (page: Page) => page.getByRole('region', { name: 'Réseau', exact: true });

/** The scripts a page asked for by address: every `.js` request but those of a `blob:` or `data:` address, which are in the page. */
const scriptFiles = (requests: string[]) =>
  requests.filter((url) => !url.startsWith('blob:') && !url.startsWith('data:') && /\.m?js$/.test(url.split(/[?#]/)[0] ?? ''));

/** Records the address of every request the page makes, and of every worker it starts. */
function watch(page: Page): { requests: string[]; workers: string[] } {
  const seen = { requests: [] as string[], workers: [] as string[] };
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('worker', (w) => seen.workers.push(w.url()));
  return seen;
}

/** The layout worker started, from the copy of its script the page carries, not from a file beside it. */
function expectWorkersFromThePage(workers: readonly string[]): void {
  expect(workers.length).toBeGreaterThan(0);
  expect(
    workers.every((url) => url.startsWith('blob:')),
    workers.join(', '),
  ).toBe(true);
}

test('the one-file build works from file:// with the network cut off, its layout worker started from the page itself', async ({
  page,
  context,
}) => {
  expect(existsSync(singleFile), `${singleFile} is missing: run npm run build first`).toBe(true);
  await context.setOffline(true);
  const seen = watch(page);
  await page.goto(pathToFileURL(singleFile).href);
  await expect(page.getByRole('heading', { level: 1, name: 'Les partenariats du Mali' })).toBeVisible();
  const map = page.getByRole('region', { name: 'Carte' });
  await expect(map.locator('path.map-country').first()).toBeAttached({ timeout: 15_000 });
  await expect(map.locator('path.map-link')).toHaveCount(8);
  await expect(network(page).locator('.network-node')).toHaveCount(11);
  await expect(page.getByRole('region', { name: 'Secteurs' }).getByRole('group', { name: /Matrice des partenariats/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Texte de la source' })).toContainText('Diop et Camara ont réaffirmé');
  await saveScreenshot(page, 'single-file-offline');
  expect(seen.requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  expect(scriptFiles(seen.requests), 'script files asked for beside the page').toEqual([]);
  expectWorkersFromThePage(seen.workers);
});

test('the one-file build, served alone from a web server, draws its network from a worker carried in the page and asks for no script file', async ({
  page,
}) => {
  expect(existsSync(singleFile), `${singleFile} is missing: run npm run build first`).toBe(true);
  // The file is served alone under single/ of the local server; any other address there is missing,
  // as on a server where only index.html was put.
  const missing: string[] = [];
  await page.route(/\/single\//, (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname.endsWith('/single/') || pathname.endsWith('/single/index.html'))
      return route.fulfill({ path: singleFile, contentType: 'text/html; charset=utf-8' });
    missing.push(pathname);
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
  });
  const seen = watch(page);
  await page.goto('./single/');
  await expect(page.getByRole('heading', { level: 1, name: 'Les partenariats du Mali' })).toBeVisible();
  await expect(network(page).locator('.network-node')).toHaveCount(11, { timeout: 15_000 });
  await expect(network(page).getByText('Mise en page du réseau…')).toHaveCount(0);
  expect(missing, 'addresses beside the page that it asked for').toEqual([]);
  expect(scriptFiles(seen.requests), 'script files asked for beside the page').toEqual([]);
  expectWorkersFromThePage(seen.workers);
});

test('the ordinary site keeps its layout worker as a file of its own, and lays the network out on the page when that file is blocked', async ({
  page,
}) => {
  const blocked: string[] = [];
  await page.route(/\/assets\/layout\.worker-[^/]+\.js$/, (route) => {
    blocked.push(new URL(route.request().url()).pathname);
    return route.abort('blockedbyclient');
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Les partenariats du Mali' })).toBeVisible();
  await expect(network(page).locator('.network-node')).toHaveCount(11, { timeout: 15_000 });
  await expect(network(page).getByText('Mise en page du réseau…')).toHaveCount(0);
  // The worker was asked for, from its own file, and refused: the picture came from the page.
  expect(blocked.length).toBeGreaterThan(0);
});
