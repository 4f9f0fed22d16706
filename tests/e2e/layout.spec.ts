import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';

async function openDashboard(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await page.goto('./');
  const map = page.getByRole('region', { name: 'Carte', exact: true });
  const network = page.getByRole('region', { name: 'Réseau', exact: true });
  await expect(map.locator('.map-places button').first()).toBeAttached({ timeout: 15_000 });
  await expect(network.locator('.network-node').first()).toBeAttached({ timeout: 15_000 });
  return { map, network, details: page.getByRole('complementary', { name: 'Détails' }) };
}

const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error('no box');
  return b;
};

test('at 1440 px the views take the whole width, and the details open over them only while something is picked', async ({ page }) => {
  const { map, network, details } = await openDashboard(page, 1440, 900);
  const filters = await box(page.getByRole('region', { name: 'Filtres' }));
  const mapBox = await box(map);
  const networkBox = await box(network);
  // No empty column: the map and the network reach from one edge of the filters to the other.
  expect(mapBox.x).toBeCloseTo(filters.x, 0);
  expect(networkBox.x + networkBox.width).toBeCloseTo(filters.x + filters.width, 0);
  expect(mapBox.width).toBeGreaterThan(780);
  await expect(details).toHaveCount(0);
  await expect(page.getByText('Choisissez un pays, un lien ou un événement dans une vue')).toBeVisible();

  // The article is read in a box of the window's size, not in a 371 × 478 px slot.
  const article = page.getByRole('region', { name: 'Texte de la source' }).getByRole('article');
  await expect(article).toBeVisible();
  const articleBox = await box(article);
  expect(articleBox.width).toBeGreaterThan(700);
  expect(articleBox.height).toBeGreaterThan(600);

  // The views below the first screen keep a placeholder height until they are first drawn: the
  // page is measured once a reader has scrolled through it.
  const table = page.getByRole('region', { name: 'Tableau des partenariats' });
  await table.scrollIntoViewIfNeeded();
  await expect(table.locator('tbody tr')).toHaveCount(12);
  for (const name of ['Chronologie', 'Secteurs', 'Texte de la source', 'Tableau des partenariats'])
    await page.getByRole('region', { name, exact: true }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, 0));
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  test
    .info()
    .annotations.push({ type: 'page height at 1440 × 900', description: `${pageHeight} px, ${(pageHeight / 900).toFixed(2)} screens` });
  expect(pageHeight, 'the page was 4,059 px (4.5 screens) with the details column').toBeLessThan(3800);
  await saveScreenshot(page, 'layout-1440');

  const canvas = map.locator('.map-canvas');
  const diagram = network.locator('svg.network-svg');
  const [canvasBefore, diagramBefore] = [await box(canvas), await box(diagram)];
  await map.getByRole('button', { name: 'Russie', exact: true }).click();
  await expect(details.getByRole('heading', { level: 2, name: 'Détails' })).toBeVisible();
  await expect(details.getByRole('heading', { level: 3, name: 'Russie' })).toBeInViewport();
  await expect(details.getByRole('button', { name: 'Fermer les détails' })).toBeInViewport();
  // Docked at the right edge of the views, over them: the map and the network keep their size and place.
  const panel = await box(details);
  expect(panel.x + panel.width).toBeCloseTo(filters.x + filters.width, 0);
  expect(panel.y + panel.height).toBeLessThanOrEqual(900);
  expect(await box(canvas)).toEqual(canvasBefore);
  expect(await box(diagram)).toEqual(diagramBefore);
  await page.screenshot({ path: 'test-results/screens/layout-1440-details.png' });
  // The panel and an open menu, as axe sees them.
  await page.getByRole('button', { name: 'Partager' }).click();
  await expect(page.getByRole('menu', { name: 'Partager' })).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('#details').include('.toolbar').include('.skip-links').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.keyboard.press('Escape');

  // Picked from the table at the bottom of the page, the details are in sight there too.
  await table.getByRole('button', { name: 'Sélectionner Chine' }).click();
  await expect(details.getByRole('heading', { level: 3, name: 'Chine' })).toBeInViewport();
  await expect(details.getByRole('button', { name: 'Fermer les détails' })).toBeInViewport();
  await page.screenshot({ path: 'test-results/screens/layout-1440-details-scrolled.png' });

  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);
});

test('from page load, the keyboard reaches the first place of the map in three key presses, and the toolbar is three menus', async ({
  page,
}) => {
  const { map, details } = await openDashboard(page, 1280, 800);
  const firstPlace = map.locator('.map-places button').first();
  const keys = ['Tab', 'Enter', 'Tab'];
  await page.keyboard.press(keys[0]!);
  await expect(page.getByRole('link', { name: 'Aller à la carte' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Aller à la carte' })).toBeInViewport();
  await page.keyboard.press(keys[1]!);
  // The map's frame shows where the focus has landed: on its places, before the first of them.
  await expect(map.locator('.map-frame')).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press(keys[2]!);
  await expect(firstPlace).toBeFocused();
  expect(keys.length, 'key presses from page load to the first map place (36 before)').toBeLessThanOrEqual(4);
  await expect(firstPlace).toBeInViewport();
  await page.screenshot({ path: 'test-results/screens/layout-keyboard-first-place.png' });

  // Enter picks the place; a skip link then leads into the details, and Escape gives the focus back.
  await page.keyboard.press('Enter');
  await expect(details.getByRole('heading', { level: 3 })).toHaveText('Mali');
  await expect(firstPlace).toBeFocused();
  const skipLinks = page.getByRole('navigation', { name: 'Accès rapide' }).getByRole('link');
  await expect(skipLinks).toHaveText(['Aller à la carte', 'Aller au réseau', 'Aller aux filtres', 'Aller aux détails']);
  await skipLinks.last().focus();
  await page.keyboard.press('Enter');
  await expect(details).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(details.getByRole('button', { name: 'Détails', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(details.getByRole('button', { name: 'Fermer les détails' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(details).toHaveCount(0);
  await expect(page.locator('#main')).toBeFocused();

  // The toolbar: three menu buttons, each opened and walked with the keyboard, Escape back to its button.
  const toolbar = page.getByRole('region', { name: 'Vues, outils et réglages' });
  const menus = toolbar.locator('[aria-haspopup="menu"]');
  await expect(menus).toHaveCount(3);
  for (const [i, name] of ['Données', 'Partager', 'Présentation'].entries()) await expect(menus.nth(i)).toHaveAccessibleName(name);
  const data = toolbar.getByRole('button', { name: 'Données' });
  await data.focus();
  await page.keyboard.press('ArrowDown');
  await expect(data).toHaveAttribute('aria-expanded', 'true');
  const menu = page.getByRole('menu', { name: 'Données' });
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Charger un fichier (CSV ou JSON)',
    'Fusionner un fichier avec les données actuelles',
    'Coller des données',
    'Rédiger depuis un article',
    'Modèle CSV',
    'Schéma JSON',
  ]);
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Fusionner un fichier avec les données actuelles' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const paste = menu.getByRole('menuitem', { name: 'Coller des données' });
  await expect(paste).toBeFocused();
  expect(await paste.evaluate((el) => el.matches(':focus-visible') && getComputedStyle(el).outlineStyle !== 'none')).toBe(true);
  await page.screenshot({ path: 'test-results/screens/layout-data-menu.png' });
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(data).toBeFocused();
  await expect(data).toHaveAttribute('aria-expanded', 'false');

  const present = toolbar.getByRole('button', { name: 'Présentation' });
  await present.click();
  await expect(page.getByRole('menu', { name: 'Présentation' }).getByRole('menuitem')).toHaveText(['Présenter', 'Récit (7 étapes)']);
  await page.keyboard.press('Escape');
  await expect(present).toBeFocused();
});
