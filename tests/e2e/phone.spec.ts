import type { Locator, Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';
import { openArticle } from './fixtures/embedHost';
import { toEmbedSnippets } from '../../src/embed/embedSnippets';

const PHONE = { width: 375, height: 667 };

async function openDashboard(page: Page) {
  await page.setViewportSize(PHONE);
  await page.goto('./');
  const map = page.getByRole('region', { name: 'Carte', exact: true });
  await expect(map.locator('.map-places button').first()).toBeAttached({ timeout: 15_000 });
  return map;
}

/** How far the page scrolls sideways: 0 when everything fits the screen's width. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The details sheet: in sight, at the bottom of the screen, at most about half of it high. */
async function expectSheetInSight(page: Page, heading: string | RegExp) {
  const sheet = page.getByRole('complementary', { name: 'Détails' });
  await expect(sheet.getByRole('heading', { level: 3, name: heading })).toBeInViewport();
  await expect(sheet.getByRole('button', { name: 'Fermer les détails' })).toBeInViewport();
  const box = (await sheet.boundingBox())!;
  expect(box.y + box.height).toBeCloseTo(PHONE.height, 0);
  expect(box.height).toBeLessThanOrEqual(PHONE.height * 0.55);
  return sheet;
}

async function close(sheet: Locator) {
  await sheet.getByRole('button', { name: 'Fermer les détails' }).click();
  await expect(sheet).toHaveCount(0);
}

test('on a phone the first screen shows the summary and the map, with the tools and the filters behind buttons', async ({ page }) => {
  const map = await openDashboard(page);
  await expect(page.getByText('7 partenaires, 12 partenariats, 5 secteurs')).toBeInViewport();
  // The map's canvas starts on the first screen (it started at y = 996), with a good part of it in sight.
  const canvas = (await map.locator('.map-canvas').boundingBox())!;
  expect(canvas.y).toBeLessThan(PHONE.height - 200);
  await saveScreenshot(page, 'phone-first-screen');
  await page.screenshot({ path: 'test-results/screens/phone-first-screen-only.png' });

  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  const data = page.getByRole('button', { name: 'Données' });
  await expect(data).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Vues' })).toBeHidden();
  await expect(page.getByLabel('Thème')).toBeHidden();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(data).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Vues' }).getByRole('link')).toHaveText([
    'Carte',
    'Réseau',
    'Secteurs',
    'Source',
    'Tableau',
  ]);
  await expect(page.getByLabel('Thème')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/phone-menu-open.png' });
  await page.keyboard.press('Escape');
  await expect(data).toBeHidden();
  await expect(menu).toBeFocused();

  const filters = page.getByRole('region', { name: 'Filtres' });
  const toggle = filters.getByRole('button', { name: 'Filtres', exact: true });
  const active = filters.getByRole('button', { name: /actif/ });
  await expect(active).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await active.click();
  await expect(filters.getByRole('button', { name: 'Filtres (1)' })).toBeVisible();
  // Russia's security tie, and China's since Beijing (2024).
  await expect(filters.getByRole('status')).toHaveText('2 partenariats sur 12');
  await page.screenshot({ path: 'test-results/screens/phone-filters-open.png' });
  expect(await sideways(page)).toBe(0);
});

test('on a phone a pick in any view opens the details as a sheet in sight at the bottom of the screen', async ({ page }) => {
  const map = await openDashboard(page);
  // Russia was tapped on the map, and the details opened 3,574 px tall above it, off-screen.
  await map.getByRole('button', { name: 'Russie', exact: true }).click();
  const sheet = await expectSheetInSight(page, 'Russie');
  await page.screenshot({ path: 'test-results/screens/phone-russia-sheet.png' });
  // Its text scrolls inside it, under its heading and close button.
  expect(await sheet.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  await close(sheet);

  const network = page.getByRole('region', { name: 'Réseau', exact: true });
  await network.getByRole('button', { name: /^Chine,/ }).click();
  await close(await expectSheetInSight(page, 'Chine'));

  await page
    .getByRole('region', { name: 'Chronologie' })
    .getByRole('button', { name: /Visite de Diop et Camara à Moscou/ })
    .click();
  await close(await expectSheetInSight(page, 'Visite de Diop et Camara à Moscou'));

  const matrix = page.getByRole('region', { name: 'Secteurs' }).getByRole('group', { name: /Matrice des partenariats/ });
  await matrix.getByRole('button', { name: 'Niger, sécurité : en cours de mise en place', exact: true }).click();
  await close(await expectSheetInSight(page, 'Mali – Niger'));

  // The table is a list of cards on a phone, with no sideways scroll.
  const table = page.getByRole('region', { name: 'Tableau des partenariats' });
  await table.getByRole('button', { name: 'Sélectionner Turquie' }).click();
  await expectSheetInSight(page, 'Turquie');
  await page.screenshot({ path: 'test-results/screens/phone-table-sheet.png' });
  expect(await sideways(page)).toBe(0);
});

test('the table shows each partnership as a card in a 360-pixel embed and on a phone, with nothing off to the side', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 700 });
  await openArticle(page, toEmbedSnippets('../?embed=table&lang=fr', '../embed.js', 'Embed table', 'table').script);
  const frame = page.frameLocator('iframe[data-partnership-atlas]');
  const russia = frame.getByRole('row').filter({ has: frame.getByRole('button', { name: 'Voir dans la source : Russie, sécurité' }) });
  await expect(russia).toBeVisible({ timeout: 15_000 });
  // A card: the partner, the sector, the status with its glyph, and its first quote with its source, read at once.
  await expect(russia.getByRole('button', { name: 'Sélectionner Russie' })).toBeVisible();
  await expect(russia.getByText('Sécurité', { exact: true })).toBeVisible();
  await expect(russia.locator('.table-status svg')).toBeVisible();
  await expect(russia.getByText('actif', { exact: true })).toBeVisible();
  await expect(russia.getByText(/La coopération avec la Russie a été redynamisée et renforcée/)).toBeVisible();
  await expect(russia.getByText(/^Source :/).first()).toBeVisible();
  await expect(russia.getByText('Si la question sécuritaire reste centrale')).toBeHidden();
  // The article's three quotes, and the 2019 agreement the Russian Defence Ministry reported.
  await russia.getByText('+ 3 citations').click();
  await expect(russia.getByText('Si la question sécuritaire reste centrale')).toBeVisible();
  // Sorting and search are still there.
  await frame
    .getByRole('columnheader', { name: /Partenaire/ })
    .getByRole('button')
    .click();
  await expect(frame.getByRole('rowheader').first()).toHaveText('Burkina Faso');
  await frame.getByRole('searchbox', { name: 'Rechercher dans le tableau' }).fill('Niger');
  await expect(frame.getByRole('rowheader')).toHaveText(['Burkina Faso', 'Niger', 'Burkina Faso – Niger']);
  const embed = await (await page.locator('iframe[data-partnership-atlas]').elementHandle())!.contentFrame();
  expect(
    await embed!.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    'sideways scroll in the 360 px embed',
  ).toBe(0);
  // The selection follows a card's button from the keyboard, as it follows a row's.
  // Mali–Niger's row, the first of the two whose button reads so (Burkina Faso–Niger's second).
  const show = frame.getByRole('button', { name: 'Voir dans la source : Niger, sécurité', exact: true }).first();
  await show.focus();
  await page.keyboard.press('Enter');
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: 'test-results/screens/phone-table-embed-360.png', fullPage: true });

  await openDashboard(page);
  const table = page.getByRole('region', { name: 'Tableau des partenariats' });
  await table.scrollIntoViewIfNeeded();
  // The table renders after the views above it.
  await expect(table.locator('tbody tr')).toHaveCount(12);
  const widths = await table.evaluate((region) => ({ region: region.clientWidth, table: region.querySelector('table')!.scrollWidth }));
  expect(widths.table, 'the table fits its region on a 375 px phone (it was 750 px in 323 px)').toBeLessThanOrEqual(widths.region);
  expect(await sideways(page)).toBe(0);
  await table.screenshot({ path: 'test-results/screens/phone-table-cards.png' });
});
