import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';

const regions = (page: Page) => ({
  map: page.getByRole('region', { name: 'Carte', exact: true }),
  network: page.getByRole('region', { name: 'Réseau' }),
  table: page.getByRole('region', { name: 'Tableau des partenariats' }),
  filters: page.getByRole('region', { name: 'Filtres' }),
});
const details = (page: Page) => page.getByRole('complementary', { name: 'Détails' });

/** Whether an element's box overlaps the map's canvas: what a person sees of it. */
async function onMap(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const canvas = document.querySelector('.map-canvas')!.getBoundingClientRect();
    const box = document.querySelector(sel)!.getBoundingClientRect();
    return box.right > canvas.left && box.left < canvas.right && box.bottom > canvas.top && box.top < canvas.bottom;
  }, selector);
}

test('a ?from=RUS link centres the map, the network and the table on Russia', async ({ page }) => {
  await page.goto('/?from=RUS');
  const r = regions(page);
  await expect(r.filters.getByLabel('Vu depuis')).toHaveValue('RUS');
  await expect(page.locator('.app-header__summary')).toContainText('centre\u00a0: Russie');
  // The map frames Russia and its one partner, Mali; the ties among the others run behind, lighter.
  await expect(r.map.locator('li.map-place--focus')).toHaveCount(1);
  await expect(r.map.locator('.leaflet-map-basemap-pane path.map-country--RUS')).toBeAttached({ timeout: 15_000 });
  await expect(r.map.locator('path.map-link.map-link--aside').first()).toBeAttached();
  expect(await onMap(page, '.leaflet-map-basemap-pane path.map-country--RUS')).toBe(true);
  expect(await onMap(page, '.leaflet-map-basemap-pane path.map-country--MLI')).toBe(true);
  await expect(r.map.locator('li.map-place--focus')).toContainText('Russie');
  // The network draws Russia as its centre, its tie forward and every other tie behind it.
  const edges = r.network.locator('.network-edge[data-kind="partnership"]');
  await expect(r.network.locator('.network-edge[data-id="MLI|RUS"] .network-edge__line')).not.toHaveClass(/is-aside/);
  await expect(r.network.locator('.network-edge[data-id="MLI|TUR"] .network-edge__line')).toHaveClass(/is-aside/);
  const order = await edges.evaluateAll((all) => all.map((e) => e.getAttribute('data-id')));
  expect(order.at(-1)).toBe('MLI|RUS');
  // The table names both actors of the pairs without Russia.
  await expect(r.table.getByRole('row', { name: /Mali – .*Burkina Faso/ }).first()).toBeVisible();
  await saveScreenshot(page, 'point-of-view-russia-1280');
  await r.network.screenshot({ path: 'test-results/screens/point-of-view-russia-network-1280.png' });
  await page.setViewportSize({ width: 375, height: 667 });
  await saveScreenshot(page, 'point-of-view-russia-375');
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByLabel('Thème').selectOption({ label: 'Sombre' });
  await saveScreenshot(page, 'point-of-view-russia-1024-dark');
  await r.map.screenshot({ path: 'test-results/screens/point-of-view-russia-map-1024-dark.png' });
});

test('the details centre the views on an actor, and Back returns to the centre before', async ({ page }) => {
  await page.goto('/');
  const r = regions(page);
  await expect(r.filters.getByLabel('Vu depuis')).toHaveValue('MLI');
  await r.table.getByRole('button', { name: 'Sélectionner Russie' }).first().click();
  await details(page).getByRole('button', { name: 'Centrer sur cet acteur' }).click();
  await expect(page).toHaveURL(/[?&]from=RUS/);
  await expect(r.filters.getByLabel('Vu depuis')).toHaveValue('RUS');
  await expect(details(page)).toContainText('Les vues sont centrées sur cet acteur.');
  await expect(r.map.locator('li.map-place--focus')).toContainText('Russie');
  await page.goBack();
  await expect(r.filters.getByLabel('Vu depuis')).toHaveValue('MLI');
  await expect(page).not.toHaveURL(/from=/);
  // The control near the filters does the same.
  await r.filters.getByLabel('Vu depuis').selectOption('Niger');
  await expect(page).toHaveURL(/[?&]from=NER/);
  await expect(r.map.locator('li.map-place--focus')).toContainText('Niger');
});

test('the sources’ disagreement on Türkiye shows in the details, the table, the map and the network, each side’s quote a key away', async ({
  page,
}) => {
  await page.goto('/');
  const r = regions(page);
  // The table: a marker under the status, unfolded from the keyboard.
  const row = r.table.getByRole('row', { name: /Turquie/ }).filter({ hasText: 'Sécurité' });
  const marker = row.getByText('Les sources divergent');
  await expect(marker).toBeVisible();
  await marker.focus();
  await page.keyboard.press('Enter');
  await expect(row.locator('.sources-disagree')).toHaveAttribute('open', '');
  await expect(row).toContainText('potentiel\u00a0: 1 affirmation');
  await expect(row).toContainText('actif\u00a0: 1 affirmation');
  await expect(row.locator('.sources-disagree blockquote').first()).toBeVisible();
  await expect(row.locator('.sources-disagree')).toContainText('D’après l’événement');
  await row.screenshot({ path: 'test-results/screens/point-of-view-disagreement-row-1280.png' });
  // The map's tooltip says it in words.
  await r.map.getByRole('button', { name: 'Turquie', exact: true }).focus();
  await expect(r.map.locator('.map-tooltip')).toContainText('les sources divergent (potentiel / actif)');
  // The network marks the edge, and names it in the edge's name.
  const edge = r.network.locator('.network-edge[data-id="MLI|TUR"]');
  await expect(edge.locator('.network-edge__disagree')).toBeAttached();
  await expect(edge).toHaveAttribute('aria-label', /les sources divergent \(potentiel \/ actif\)/);
  await r.network.screenshot({ path: 'test-results/screens/point-of-view-disagreement-network-1280.png' });
  // The details: the marker, each side's claims, and the history in date order.
  await row.getByRole('button', { name: 'Sélectionner Turquie' }).click();
  const panel = details(page);
  const disclosure = panel.locator('.sources-disagree').first();
  await disclosure.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(disclosure.locator('blockquote').first()).toBeVisible();
  await panel.getByText('Affirmations par date').first().click();
  await expect(panel.locator('.claim-history').first()).toContainText('date de l’événement');
  await expect(panel.locator('.claim-history').first()).toContainText('date donnée par l’affirmation');
  await saveScreenshot(page, 'point-of-view-disagreement-details-1280');
  await panel.screenshot({ path: 'test-results/screens/point-of-view-disagreement-panel-1280.png' });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByLabel('Thème').selectOption({ label: 'Sombre' });
  await panel.screenshot({ path: 'test-results/screens/point-of-view-disagreement-panel-1024-dark.png' });
  const dark = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  expect(dark.violations).toEqual([]);
  // On a phone the theme switch is in the menu: it is chosen first.
  await page.getByLabel('Thème').selectOption({ label: 'Contraste élevé' });
  await page.setViewportSize({ width: 375, height: 667 });
  await panel.screenshot({ path: 'test-results/screens/point-of-view-disagreement-panel-375-contrast.png' });
});
