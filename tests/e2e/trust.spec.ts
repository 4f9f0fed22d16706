import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';
import { openTool } from './support/toolbar';
import { parseCsv } from '../fixtures/parseCsv';
import { RTL_PARTNER, RTL_PUBLISHER, trustDataset, unbroken } from './fixtures/trustData';

const FSI = '\u2068';
const PDI = '\u2069';

/** Answers `url` with a dataset, as a site that lets others read its files (CORS) would; counts the requests. */
async function serveDataset(page: Page, url: string, json: unknown): Promise<{ requests: number }> {
  const served = { requests: 0 };
  await page.route(url, (route) => {
    served.requests += 1;
    return route.fulfill({ contentType: 'application/json', headers: { 'Access-Control-Allow-Origin': '*' }, body: JSON.stringify(json) });
  });
  return served;
}

/** Chooses a chart (or none, for the data) in the Export dialog, presses a button and reads the file. */
async function exportFile(page: Page, button: RegExp, chart?: string): Promise<{ download: Download; text: string; body: Buffer }> {
  await openTool(page, 'Exporter');
  const dialog = page.getByRole('dialog', { name: 'Exporter un graphique ou les données' });
  if (chart) await dialog.getByRole('radio', { name: chart }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: button }).click()]);
  await expect(dialog.getByRole('status').filter({ hasText: 'Téléchargé' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  const body = readFileSync(await download.path());
  return { download, body, text: body.toString('utf8') };
}

/** The lines of text of an exported SVG, as a file viewer draws them. */
async function svgLines(page: Page, svg: string): Promise<string[]> {
  return page.evaluate(
    (source) => [...new DOMParser().parseFromString(source, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent ?? ''),
    svg,
  );
}

/** Where some words are drawn inside an element: the box of the first text that holds them. */
async function wordsBox(root: Locator, words: string): Promise<{ left: number; right: number }> {
  return root.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right };
    }
    throw new Error(`"${wanted}" is not drawn here`);
  }, words);
}

/** What axe finds wrong with the page, one line a rule. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** How far the page scrolls sideways. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('what the page shows says where it came from', () => {
  test('a dataset from another site names its host in the header, the exports and the embed, and an embed shows it only when its code says so', async ({
    page,
  }) => {
    const linked = 'https://data.example.org/atlas/x.json';
    const served = await serveDataset(page, linked, trustDataset({ title: 'Partenariats venus d’ailleurs' }));
    await page.goto(`./?data=${encodeURIComponent(linked)}`);
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('heading', { level: 1, name: 'Partenariats venus d’ailleurs' })).toBeVisible();
    await expect(banner).toContainText('Données chargées depuis data.example.org');
    await expect(page.getByRole('status').filter({ hasText: '« x.json », chargées depuis data.example.org' })).toBeVisible();
    await expect(page.locator('.network-node').first()).toBeVisible({ timeout: 15_000 });
    await saveScreenshot(page, 'trust-link-header');
    expect(await axeViolations(page)).toEqual([]);

    const svg = await exportFile(page, /^SVG/, 'Réseau');
    expect(await svgLines(page, svg.text)).toContain('Données chargées depuis data.example.org');
    const csv = parseCsv((await exportFile(page, /^CSV/)).text.replace(/^\ufeff/, ''));
    expect(csv[0]?.at(-1)).toBe('data_host');
    expect(csv.slice(1).every((row) => row.at(-1) === 'data.example.org')).toBe(true);

    // The Embed dialog writes the link's data and its host into the embed's address.
    await openTool(page, 'Intégrer');
    const dialog = page.getByRole('dialog', { name: 'Intégrer un graphique dans un article' });
    const link = await dialog.getByRole('textbox', { name: 'Lien direct' }).inputValue();
    // The plain address, not the view's own page, whose link preview is drawn from the shipped data.
    expect(link).toMatch(/\/\?embed=map&lang=fr&data=https%3A%2F%2Fdata\.example\.org%2Fatlas%2Fx\.json&datahost=data\.example\.org$/);
    await dialog.getByRole('button', { name: 'Fermer' }).click();

    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: 'Partenariats venus d’ailleurs' })).toBeVisible();
    await expect(page.locator('.embed__footer')).toContainText('Données chargées depuis data.example.org');
    await expect(page.getByRole('link', { name: /Explorer le tableau de bord complet/ })).toHaveAttribute(
      'href',
      /\?lang=fr&view=map&data=https%3A%2F%2Fdata\.example\.org%2Fatlas%2Fx\.json$/,
    );
    await saveScreenshot(page, 'trust-link-embed');

    // The same address without the embed code's word: a notice in place of the other site's data, which is not even fetched.
    const before = served.requests;
    await page.goto(link.replace('&datahost=data.example.org', ''));
    await expect(page.getByRole('heading', { level: 1, name: 'Des données d’un autre site' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Ce graphique devait montrer des données chargées depuis data.example.org.');
    const open = page.getByRole('link', { name: /Ouvrir les données de data\.example\.org dans le tableau de bord complet/ });
    await expect(open).toHaveAttribute(
      'href',
      /^http:\/\/127\.0\.0\.1:\d+\/\?lang=fr&data=https%3A%2F%2Fdata\.example\.org%2Fatlas%2Fx\.json&view=map$/,
    );
    await expect(open).toHaveAttribute('target', '_blank');
    await expect(page.getByText('Partenariats venus d’ailleurs')).toHaveCount(0);
    expect(served.requests).toBe(before);
    await saveScreenshot(page, 'trust-link-embed-held');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('no string can turn the words around it', () => {
  test('right-to-left names are isolated in the header, the details, the map, the network list and an SVG export, and a direction override is refused', async ({
    page,
  }) => {
    await serveDataset(page, '**/own/bidi.json', trustDataset({ publisher: RTL_PUBLISHER }));
    await page.goto('./?data=own/bidi.json');
    const source = page.getByRole('banner').locator('.source-line').first();
    await expect(source).toContainText(RTL_PUBLISHER);
    // The date after an Arabic publisher stays after it, instead of being pulled into its right-to-left run.
    const publisher = await wordsBox(source, RTL_PUBLISHER);
    const date = await wordsBox(source, '2024-02-28');
    expect(date.left).toBeGreaterThanOrEqual(publisher.right - 1);

    const place = page.getByRole('region', { name: 'Carte' }).getByRole('button', { name: RTL_PARTNER });
    await expect(place.locator('bdi')).toHaveText(RTL_PARTNER);
    await place.click();
    const details = page.getByRole('complementary', { name: 'Détails' });
    await expect(details.getByRole('heading', { level: 3 }).locator('bdi')).toHaveText(RTL_PARTNER);
    await expect(details.locator('.source-credit bdi').first()).toBeAttached();
    await saveScreenshot(page, 'trust-bidi-details');

    const network = page.getByRole('region', { name: 'Réseau' });
    await network.getByText('Le réseau sous forme de liste').click();
    await expect(network.getByRole('button', { name: RTL_PARTNER, exact: true }).locator('bdi')).toHaveText(RTL_PARTNER);

    // In a file every line is plain text: the dataset's strings are set between isolates.
    const lines = await svgLines(page, (await exportFile(page, /^SVG/, 'Carte')).text);
    expect(lines.join('\n')).toContain(`${FSI}${RTL_PARTNER}${PDI}`);
    expect(lines.join('\n')).toContain(`${FSI}${RTL_PUBLISHER}${PDI}`);

    // The trick itself: a name that hides a direction override is refused at its place, and the data on screen stays.
    const spoof = trustDataset({ partnerName: 'Russia\u202Egnp.exe' });
    await page
      .getByLabel('Charger un fichier (CSV ou JSON)')
      .setInputFiles({ name: 'spoof.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(spoof)) });
    const problems = page.getByRole('dialog', { name: '« spoof.json » n’a pas été chargé' });
    await expect(problems).toContainText(
      'actors[1].name.fr : ce texte contient un caractère invisible, U+202E (une commande de sens d’écriture), en position 7',
    );
    await expect(page.getByRole('banner')).toContainText(RTL_PUBLISHER);
    await saveScreenshot(page, 'trust-bidi-refused');
  });
});

test.describe('no string can break the page', () => {
  test('names, a sector and a quote thousands of characters long without a space: no sideways scroll, every view drawn, a bounded export', async ({
    page,
  }) => {
    const long = trustDataset({
      title: unbroken(3000, 'T'),
      partnerName: unbroken(5000, 'N'),
      sectorName: unbroken(9999, 'S'),
      quote: unbroken(4000, 'Q'),
      publisher: unbroken(3000, 'P'),
    });
    await serveDataset(page, '**/own/long.json', long);
    await page.goto('./?data=own/long.json');
    await expect(page.locator('.map-place__label').first()).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('.network-node')).toHaveCount(4);
    await expect(page.locator('.sector-bars svg')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Tableau des partenariats' }).getByRole('rowheader')).toHaveCount(4);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    // The heading draws a cut title; its accessible name and its tooltip hold the whole of it.
    const title = page.getByRole('banner').getByRole('heading', { level: 1 });
    await expect(title).toHaveAccessibleName(/^T{3000}$/);
    await expect(title.locator('bdi')).toHaveAttribute('title', /^T{3000}$/);
    // The sector's filter, cut in the chart, has the whole name as its accessible name.
    await expect(
      page
        .getByRole('region', { name: 'Secteurs' })
        .getByRole('button', { name: /^Filtrer sur le secteur S{9999}$/ })
        .first(),
    ).toBeAttached();
    await saveScreenshot(page, 'trust-long-1280');
    expect(await axeViolations(page)).toEqual([]);

    const png = await exportFile(page, /^PNG/, 'Secteurs');
    const size = { width: png.body.readUInt32BE(16), height: png.body.readUInt32BE(20) };
    expect(size.width).toBeLessThanOrEqual(16_384);
    expect(size.height).toBeLessThanOrEqual(16_384);
    await page.setContent(`<body style="margin:0"><img alt="export" src="data:image/png;base64,${png.body.toString('base64')}"></body>`);
    await page.screenshot({ path: 'test-results/screens/trust-long-sectors-png.png', fullPage: true });

    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto('./?data=own/long.json');
    await expect(page.locator('.map-place__label').first()).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('.network-node')).toHaveCount(4);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'trust-long-375');
  });
});
