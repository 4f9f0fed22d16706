import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, saveScreenshot, test } from './support/test';

test.describe('the dashboard shell', () => {
  test('loads the shipped dataset with no request outside the local server', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Les partenariats du Mali' })).toBeVisible();
    await expect(
      page.getByRole('banner').getByText('Source : Mali : Coopération renforcée avec la Russie, Diop et Camara à Moscou'),
    ).toBeVisible();
    for (const name of ['Carte', 'Réseau', 'Secteurs']) await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await saveScreenshot(page, 'foundation-loaded');
  });

  test('switches to English with the keyboard', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les partenariats du Mali');
    await page.getByRole('button', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Mali's partnerships");
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await saveScreenshot(page, 'foundation-english');
  });

  test('opens in English from ?lang=en', async ({ page }) => {
    await page.goto('./?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Mali's partnerships");
  });

  test('has no accessibility violations that axe can find', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Les partenariats du Mali' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test.describe('a broken dataset', () => {
  test('shows where the dataset is wrong in an alert, with no crash', async ({ page }) => {
    await page.route('**/data/partnerships.json', async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      json.partnerships[3].sector = 'enrgy';
      json.actors[1].location.lat = 123;
      await route.fulfill({ response, json });
    });
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('partnerships.json');
    await expect(alert).toContainText('actors[1].location.lat : lat doit être compris entre -90 et 90');
    await saveScreenshot(page, 'foundation-broken-shape');
  });

  test('reports an unknown sector and a quote that is not in the article', async ({ page }) => {
    await page.route('**/data/partnerships.json', async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      json.partnerships[3].sector = 'enrgy';
      json.partnerships[0].evidence[0].quote = 'Une phrase que l’article ne contient pas.';
      await route.fulfill({ response, json });
    });
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('partnerships[3].sector : secteur inconnu « enrgy »');
    await expect(alert).toContainText(
      'partnerships[0].evidence[0].quote : cette citation ne se trouve pas mot pour mot dans la source « article »',
    );
    await expect(page.getByRole('region', { name: 'Carte' })).toHaveCount(0);
    await saveScreenshot(page, 'foundation-broken-integrity');
  });

  test('reports a file that is not JSON with its line and column', async ({ page }) => {
    await page.route('**/data/partnerships.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{\n  "schemaVersion": 1,\n  oops\n}' }),
    );
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('partnerships.json, ligne 3, colonne 3 : le fichier n’est pas un JSON valide');
  });

  test('reports a missing dataset file', async ({ page }) => {
    await page.route('**/data/partnerships.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('partnerships.json : le serveur a répondu HTTP 404');
  });
});

test('references every asset relatively, so the built site works from any sub-path', async ({ page, request }) => {
  const html = await (await request.get('./')).text();
  const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  expect(urls.length).toBeGreaterThan(1);
  for (const url of urls) expect(url, 'an asset URL in index.html').toMatch(/^(\.\/|data:)/);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Les partenariats du Mali' })).toBeVisible();
  expect(requested).toEqual(expect.arrayContaining(['/data/partnerships.json', '/data/sources/article.fr.txt']));
});

test('asks for the shipped dataset once, from the page itself while its code downloads, and for no stylesheet before the first paint', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Les partenariats du Mali' })).toBeVisible();
  const dataset = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('/data/partnerships.json'))
      .map((e) => (e as PerformanceResourceTiming).initiatorType),
  );
  expect(dataset).toEqual(['link']);
  expect(requested.filter((path) => path === '/data/partnerships.json')).toHaveLength(1);
  expect(requested.filter((path) => /\/assets\/index-[^/]*\.css$/.test(path))).toEqual([]);
});

test('a ?data= link does not download the shipped dataset', async ({ page }) => {
  const shipped = readFileSync('public/data/partnerships.json', 'utf8');
  await page.route('**/data/linked.json', (route) => route.fulfill({ contentType: 'application/json', body: shipped }));
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('./?data=data/linked.json');
  await expect(page.getByRole('heading', { level: 1, name: 'Les partenariats du Mali' })).toBeVisible();
  expect(requested).toContain('/data/linked.json');
  expect(requested).not.toContain('/data/partnerships.json');
});
