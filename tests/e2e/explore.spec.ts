import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';
import { openTool } from './support/toolbar';

const regions = (page: Page) => ({
  map: page.getByRole('region', { name: 'Carte' }),
  network: page.getByRole('region', { name: 'Réseau' }),
  sectors: page.getByRole('region', { name: 'Secteurs' }),
  table: page.getByRole('region', { name: 'Tableau des partenariats' }),
  filters: page.getByRole('region', { name: 'Filtres' }),
  details: page.getByRole('complementary', { name: 'Détails' }),
});

async function openDashboard(page: Page, search = '') {
  await page.goto(`./${search}`);
  const r = regions(page);
  await expect(r.map.locator('path.map-country').first()).toBeAttached({ timeout: 15_000 });
  await expect(r.network.locator('.network-node').first()).toBeAttached({ timeout: 15_000 });
  return r;
}

test('filtering to energy makes the map, network, matrix and table agree', async ({ page }) => {
  const r = await openDashboard(page);
  await r.filters.getByRole('group', { name: 'Secteur' }).getByRole('button', { name: 'Énergie' }).click();
  await expect(r.filters.getByRole('status')).toHaveText('1 partenariat sur 12');
  await expect(r.map.locator('path.map-link')).toHaveCount(1);
  await expect(r.map.locator('path.map-link--RUS')).toHaveCount(1);
  await expect(r.table.locator('tbody tr')).toHaveCount(1);
  await expect(r.table.locator('tbody tr').first()).toContainText('Russie');
  await expect(r.sectors.getByRole('button', { name: /^Sélectionner / })).toHaveCount(1);
  await expect(r.network.getByRole('button', { name: /^Russie,/ })).toBeVisible();
  await expect(r.network.getByRole('button', { name: /^Chine,/ })).toHaveCount(0);
  await expect(page).toHaveURL(/\?sector=energy$/);
  await saveScreenshot(page, 'explore-energy');
});

test('selecting Russia on the map opens its details and highlights it in the network', async ({ page }) => {
  const r = await openDashboard(page);
  await r.map.getByRole('button', { name: 'Russie', exact: true }).click();
  await expect(r.details.getByRole('heading', { level: 3, name: 'Russie' })).toBeVisible();
  await expect(r.details).toContainText('actif, en renforcement');
  await expect(r.details).toContainText('La coopération avec la Russie a été redynamisée et renforcée');
  await expect(r.network.locator('.network-edge[data-id="MLI|RUS"]')).toHaveAttribute('data-emphasis', 'picked');
  await expect(page).toHaveURL(/\?select=RUS$/);
  await saveScreenshot(page, 'explore-russia-selected');
});

test('hovering a row of the table highlights its partner on the map', async ({ page }) => {
  const r = await openDashboard(page);
  await r.table.getByRole('row', { name: /^Sélectionner Chine/ }).hover();
  // The links fade as one pane; the picked link is drawn again in the pane above it, whole.
  const faded = r.map.locator('.leaflet-map-links-pane');
  await expect(faded).toHaveCSS('opacity', '0.3');
  const forward = r.map.locator('.leaflet-map-forward-links-pane');
  await expect(forward.locator('path.map-link--CHN')).toHaveCSS('stroke-opacity', '1');
  await expect(forward.locator('path.map-link--RUS')).toHaveCount(0);
  await expect(forward).toHaveCSS('opacity', '1');
});

test('a copied link opens the same state in a new page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const r = await openDashboard(page);
  await r.filters
    .getByRole('group', { name: 'Statut' })
    .getByRole('button', { name: /potentiel/ })
    .click();
  await r.network.getByRole('button', { name: /^Turquie,/ }).click();
  await openTool(page, 'Copier le lien');
  await expect(page.getByText('Lien copié')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).search).toBe('?status=potential&select=TUR');

  const other = await context.newPage();
  await other.goto(link);
  const o = regions(other);
  await expect(o.details.getByRole('heading', { level: 3, name: 'Turquie' })).toBeVisible();
  await expect(o.filters.getByRole('status')).toHaveText('1 partenariat sur 12');
  await expect(o.filters.getByRole('button', { name: /potentiel/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(o.table.locator('tbody tr')).toHaveCount(1);
  await saveScreenshot(other, 'explore-shared-link');
});

test('switching to English and back keeps the filters and the selection', async ({ page }) => {
  const r = await openDashboard(page, '?sector=security&select=NER');
  await expect(r.details.getByRole('heading', { level: 3, name: 'Niger' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL(/\?lang=en&sector=security&select=NER$/);
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details).toContainText('emerging');
  await expect(page.getByRole('region', { name: 'Filters' }).getByRole('button', { name: 'Security' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await saveScreenshot(page, 'explore-english');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expect(page).toHaveURL(/\?sector=security&select=NER$/);
  await expect(r.details).toContainText('en cours de mise en place');
});

test('Back restores the previous filter', async ({ page }) => {
  const r = await openDashboard(page);
  const sector = r.filters.getByRole('group', { name: 'Secteur' });
  await sector.getByRole('button', { name: 'Énergie' }).click();
  await sector.getByRole('button', { name: 'Transport' }).click();
  await expect(page).toHaveURL(/\?sector=energy,transport$/);
  await expect(r.table.locator('tbody tr')).toHaveCount(2);
  await page.goBack();
  await expect(page).toHaveURL(/\?sector=energy$/);
  await expect(sector.getByRole('button', { name: 'Transport' })).toHaveAttribute('aria-pressed', 'false');
  await expect(r.table.locator('tbody tr')).toHaveCount(1);
  await page.goBack();
  await expect(r.table.locator('tbody tr')).toHaveCount(12);
});

test('a link with unknown values opens with a short notice, never an error page', async ({ page }) => {
  const r = await openDashboard(page, '?sector=energy,enrgy&status=maybe&select=ZZZ&view=globe');
  await expect(page.getByRole('status').filter({ hasText: 'Une partie du lien a été ignorée' })).toContainText('sector=enrgy');
  await expect(r.filters.getByRole('status')).toHaveText('1 partenariat sur 12');
  await expect(page.getByRole('heading', { level: 1, name: 'Les partenariats du Mali' })).toBeVisible();
  await saveScreenshot(page, 'explore-bad-link');
});

test('says honestly when nothing matches, and one control clears every filter', async ({ page }) => {
  const r = await openDashboard(page, '?sector=energy&status=active');
  await expect(page.getByText('Aucun partenariat ne correspond à ces filtres.')).toBeVisible();
  await expect(r.map.locator('path.map-link')).toHaveCount(0);
  await saveScreenshot(page, 'explore-nothing-matches');
  await page.locator('.empty-filter').getByRole('button', { name: 'Tout effacer' }).click();
  await expect(r.table.locator('tbody tr')).toHaveCount(12);
  await expect(page).toHaveURL(/\/$/);
});

test('selecting an event in the timeline highlights its actors in the network', async ({ page }) => {
  const r = await openDashboard(page);
  await page
    .getByRole('region', { name: 'Chronologie' })
    .getByRole('button', { name: /Visite de Diop et Camara à Moscou/ })
    .click();
  await expect(r.details.getByRole('heading', { level: 3, name: 'Visite de Diop et Camara à Moscou' })).toBeVisible();
  await expect(r.details).toContainText('28–29 février 2024');
  await expect(page).toHaveURL(/\?select=event:moscow-visit$/);
  await saveScreenshot(page, 'explore-timeline-event');
});

test('fits a 375 px phone screen with no sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await openDashboard(page, '?select=RUS');
  await expect(page.getByRole('complementary', { name: 'Détails' }).getByRole('heading', { level: 3, name: 'Russie' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await saveScreenshot(page, 'explore-phone');
});
