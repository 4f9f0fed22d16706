import AxeBuilder from '@axe-core/playwright';
import { expect, saveScreenshot, test } from './support/test';

// The light theme is the default, which foundation.spec.ts checks with every axe rule.
for (const theme of ['Sombre', 'Contraste élevé'] as const) {
  test(`the ${theme} theme passes axe, contrast included`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('./?select=RUS');
    await expect(page.getByRole('complementary', { name: 'Détails' }).getByRole('heading', { level: 3, name: 'Russie' })).toBeVisible();
    await page.getByLabel('Thème').selectOption({ label: theme });
    await expect(page.getByRole('region', { name: 'Carte' }).locator('path.map-country').first()).toBeAttached({ timeout: 15_000 });
    await expect(page.getByRole('region', { name: 'Réseau' }).locator('.network-node').first()).toBeAttached({ timeout: 15_000 });
    await saveScreenshot(page, `theme-${theme.toLowerCase().replace(/\s/g, '-')}`);
    // Themes change colours only, so this checks contrast; the full rule set runs in foundation.spec.ts.
    const results = await new AxeBuilder({ page }).withRules(['color-contrast']).exclude('.leaflet-map-basemap-pane').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the dark theme follows the system when the theme is automatic', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await expect(page.getByLabel('Thème')).toHaveValue('auto');
  const background = await page.evaluate(() => getComputedStyle(document.querySelector('.app-header')!).backgroundColor);
  expect(background).toBe('rgb(29, 35, 44)');
});

test('print puts each view on its own page with the source and the filters written out', async ({ page }) => {
  await page.goto('./?sector=energy');
  await expect(page.getByRole('region', { name: 'Carte' }).locator('path.map-country').first()).toBeAttached({ timeout: 15_000 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.filter-bar')).toBeHidden();
  const notes = page.locator('.print-note');
  await expect(notes).toHaveCount(6);
  await expect(notes.first()).toBeVisible();
  await expect(notes.first()).toContainText('Filtres actifs : Secteur : Énergie');
  await expect(notes.first()).toContainText('Mali : Coopération renforcée avec la Russie');
  const breaks = await page.locator('.view-region').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
  expect(breaks.every((b) => b === 'page')).toBe(true);
  for (const name of ['Carte', 'Réseau', 'Secteurs']) await expect(page.getByRole('region', { name }).locator('.status-legend, .map-legend, .network-legend').first()).toBeVisible();
  await saveScreenshot(page, 'print-emulated');
  const pdf = await page.pdf({ landscape: true, format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
