import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { openTool } from './support/toolbar';
import { parseCsv } from '../fixtures/parseCsv';

type Chart = 'Carte' | 'Réseau' | 'Secteurs';
const CHARTS: { name: Chart; slug: string; ready: string }[] = [
  { name: 'Carte', slug: 'map', ready: '.map-place__label' },
  { name: 'Réseau', slug: 'network', ready: '.network-node' },
  { name: 'Secteurs', slug: 'sectors', ready: '.sector-bars svg' },
];

async function openDashboard(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  for (const { ready } of CHARTS) await expect(page.locator(ready).first()).toBeAttached({ timeout: 15_000 });
  // The map's country outlines arrive a moment after its places.
  await expect(page.locator('.leaflet-pane path.map-country').first()).toBeAttached({ timeout: 15_000 });
}

async function exportFile(page: Page, button: RegExp, chart?: Chart): Promise<{ download: Download; body: Buffer }> {
  await openTool(page, 'Exporter');
  const dialog = page.getByRole('dialog', { name: 'Exporter un graphique ou les données' });
  if (chart) await dialog.getByRole('radio', { name: chart }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: button }).click()]);
  // The dialog's alt texts have their own Copy status; the export's is the one that names the file.
  await expect(dialog.getByRole('status').filter({ hasText: 'Téléchargé' })).toHaveText(`Téléchargé : ${download.suggestedFilename()}`);
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  const path = await download.path();
  return { download, body: readFileSync(path) };
}

/** Width and height from the IHDR chunk of a PNG file. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Opens an exported picture alone in the page, screenshots it, and checks it draws. */
async function showPicture(page: Page, dataUrl: string, name: string): Promise<{ width: number; height: number }> {
  await page.setContent(`<body style="margin:0;background:#8a8a8a"><img alt="export" src="${dataUrl}"></body>`);
  const size = await page.locator('img').evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    return { width: img.naturalWidth, height: img.naturalHeight };
  });
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
  return size;
}

for (const chart of CHARTS) {
  test(`exports the ${chart.slug} as an SVG with its title, legend and source line, and as a PNG at twice its size`, async ({ page }) => {
    await openDashboard(page);
    const svg = await exportFile(page, /^SVG/, chart.name);
    expect(svg.download.suggestedFilename()).toBe(`mali-partnerships-${chart.slug}-2024-02.svg`);
    const text = svg.body.toString('utf8');
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        width: Number(doc.documentElement.getAttribute('width')),
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        paths: doc.querySelectorAll('path').length,
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.texts).toContain('Les partenariats du Mali');
    // The source's title is isolated (U+2068 ... U+2069) in the line that credits it.
    expect(parsed.texts.join(' ')).toMatch(/Source\s:\s\u2068Mali\s:\sCoopération renforcée avec la Russie/);
    expect(parsed.texts.join(' ')).toMatch(/Graphique\s:\sAtlas des partenariats/);
    expect(
      parsed.texts.some((t) => t === 'actif'),
      'the legend names the statuses',
    ).toBe(true);
    if (chart.slug === 'map') expect(parsed.paths, 'the basemap is in the file, as vectors').toBeGreaterThan(150);

    const png = await exportFile(page, /^PNG/, chart.name);
    expect(png.download.suggestedFilename()).toBe(`mali-partnerships-${chart.slug}-2024-02.png`);
    const size = pngSize(png.body);
    expect(size.width).toBe(parsed.width * 2);

    await showPicture(page, `data:image/svg+xml;base64,${svg.body.toString('base64')}`, `export-${chart.slug}-svg`);
    const shown = await showPicture(page, `data:image/png;base64,${png.body.toString('base64')}`, `export-${chart.slug}-png`);
    expect(shown).toEqual(size);
  });
}

test('exports the filtered partnerships as CSV and JSON, one row per row of the table', async ({ page }) => {
  await openDashboard(page, '?status=active,emerging');
  // The table renders after the map; count its rows once they are there.
  const rowHeaders = page.getByRole('region', { name: 'Tableau des partenariats' }).getByRole('rowheader');
  await expect(rowHeaders.first()).toBeVisible();
  const tableRows = await rowHeaders.count();
  expect(tableRows).toBeGreaterThan(0);
  expect(tableRows).toBeLessThan(11);

  const csv = await exportFile(page, /^CSV/);
  expect(csv.download.suggestedFilename()).toBe('mali-partnerships-filtered-2024-02.csv');
  const rows = parseCsv(csv.body.toString('utf8').replace(/^\ufeff/, ''));
  expect(rows[0]?.slice(0, 3)).toEqual(['id', 'focus_id', 'focus']);
  expect(rows.length - 1).toBe(tableRows);
  const partners = await page.getByRole('region', { name: 'Tableau des partenariats' }).getByRole('rowheader').allTextContents();
  // A tie between two actors other than Mali is headed by both names, as in the table.
  expect(rows.slice(1).map((r) => (r[1] === 'MLI' ? r[4] : `${r[2]} – ${r[4]}`))).toEqual(partners);

  const json = await exportFile(page, /^JSON/);
  expect(json.download.suggestedFilename()).toBe('mali-partnerships-filtered-2024-02.json');
  const data = JSON.parse(json.body.toString('utf8')) as {
    schemaVersion: number;
    partnerships: { status?: string; evidence: { status: string }[] }[];
  };
  expect(data.partnerships).toHaveLength(tableRows);
  // Version 2: each partnership with its claims, whose statuses the filter's come from; no status derived on screen.
  expect(data.schemaVersion).toBe(2);
  expect(data.partnerships.every((p) => p.status === undefined && p.evidence.some((e) => ['active', 'emerging'].includes(e.status)))).toBe(
    true,
  );
});

test('the Embed dialog is a modal reached by keyboard whose snippets carry the state on screen', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDashboard(page, '?status=active&select=RUS');
  // The tool is an entry of the toolbar's "Partager" menu: the menu's button opens it on its first entry.
  const opener = page.getByRole('button', { name: 'Partager', exact: true });
  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Intégrer', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Intégrer un graphique dans un article' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Carte des partenaires' })).toBeFocused();
  await dialog.getByRole('radio', { name: 'Réseau des acteurs et de leurs liens' }).check();
  const link = dialog.getByRole('textbox', { name: 'Lien direct' });
  // The built site gives each view its own page (with its own link preview), which the snippets point to.
  await expect(link).toHaveValue(/\/embed-network-fr\.html\?lang=fr&status=active&select=RUS$/);
  const script = dialog.getByRole('textbox', { name: 'Iframe à hauteur automatique' });
  await expect(script).toHaveValue(
    /<iframe src="[^"]+\/embed-network-fr\.html\?lang=fr&amp;status=active&amp;select=RUS" title="[^"]+" loading="lazy" data-partnership-atlas/,
  );
  await expect(script).toHaveValue(/<script async src="http:\/\/127\.0\.0\.1:\d+\/embed\.js"><\/script>$/);
  await dialog.getByRole('button', { name: 'Copier : Lien direct' }).click();
  await expect(dialog.getByText('Copié dans le presse-papiers.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/embed-network-fr\.html\?lang=fr&status=active&select=RUS$/);
  await page.screenshot({ path: 'test-results/screens/export-embed-dialog.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  // Escape closed the dialog only: the selection is still in the address.
  await expect(page).toHaveURL(/select=RUS/);
});
