import type { Page } from '@playwright/test';
import { DEFAULT_SEED, SIZES, generateDataset } from '../../bench/generateDataset.mjs';
import { expect, test } from './support/test';

// The benchmark's large dataset (250 actors, 5,000 partnerships), served from the page's own origin.
const dataset = generateDataset({ ...SIZES.large, seed: DEFAULT_SEED });
// The table lists its first rows and the matrix its most engaged partners (src/views/table/tablePaging.ts, src/derive/toShownMatrixRows.ts).
const TABLE_PAGE = 100;
const MATRIX_PAGE = 30;
const total = dataset.partnerships.length;
const body = JSON.stringify(dataset);
const energy = dataset.partnerships.filter((p) => p.sector === 'energy');
const energyPartners = new Set(energy.map((p) => p.actors[1]));
const placed = new Set(dataset.actors.filter((a) => 'location' in a).map((a) => a.id));
// The network keeps the focus and the countries and organizations in a shown partnership, and
// people with the actor they belong to (src/derive/toNetworkGraph.ts).
const energyNodes = new Set(
  dataset.actors.filter((a) => a.kind !== 'person' && (a.id === dataset.focus || energyPartners.has(a.id))).map((a) => a.id),
);
const energyNetwork = energyNodes.size + dataset.actors.filter((a) => 'memberOf' in a && energyNodes.has(a.memberOf)).length;

/** "5 000" in French, with whatever space the browser's Intl puts between groups. */
const number = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, '[\\s\\u00a0\\u202f]?');

/**
 * The views' regions by their ids; one check by role confirms the ids belong to the named regions.
 * Waits count elements rather than wait for one to appear: while a single-element locator finds
 * nothing, Playwright snapshots the whole page's accessibility tree on every retry, which on a page
 * this size starves the page's own main thread.
 */
const regions = (page: Page) => ({
  map: page.locator('#view-map'),
  network: page.locator('#view-network'),
  sectors: page.locator('#view-sectors'),
  table: page.locator('#view-table'),
  filters: page.locator('section.filter-bar'),
});

test('a generated dataset of 250 actors and 5,000 partnerships draws in every view, and a sector filter updates them all', async ({
  page,
}) => {
  // Far above the budget: this test checks that it works at this size; the benchmark says how fast.
  test.setTimeout(240_000);
  await page.route('**/bench-data/large.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto('./?data=bench-data/large.json');
  const r = regions(page);
  const wait = { timeout: 120_000 };

  await expect(r.filters.locator('[role="status"]')).toHaveText(new RegExp(`^${number(total)} partenariats sur ${number(total)}$`), wait);
  await expect(r.map.locator('path.map-country')).not.toHaveCount(0, wait);
  await expect(r.map.locator('path.map-link')).not.toHaveCount(0, wait);
  await expect(r.network.locator('.network-node')).toHaveCount(dataset.actors.length, wait);
  await expect(r.network.locator('.network__laying-out')).toHaveCount(0, wait);
  await expect(r.sectors.locator('svg[aria-label^="Matrice des partenariats"]')).toHaveCount(1, wait);
  await expect(r.table.locator('tbody:not(.table-pinned) tr')).toHaveCount(TABLE_PAGE, wait);
  await expect(r.table.locator('.table-view__count')).toHaveText(
    new RegExp(`^${number(total)} partenariats sur ${number(total)}\\s; les ${TABLE_PAGE} premiers sont listés`),
    wait,
  );
  const linksBefore = await r.map.locator('path.map-link').count();
  for (const [id, name] of [
    ['view-map', 'Carte'],
    ['view-network', 'Réseau'],
    ['view-sectors', 'Secteurs'],
    ['view-table', 'Tableau des partenariats'],
  ]) {
    await expect(page.getByRole('region', { name, exact: true }), `the region named ${name}`).toHaveAttribute('id', id!, wait);
  }

  await r.filters.getByRole('group', { name: 'Secteur' }).getByRole('button', { name: 'Énergie', exact: true }).click();
  await expect(r.filters.locator('[role="status"]')).toHaveText(
    new RegExp(`^${number(energy.length)} partenariats? sur ${number(total)}$`),
    wait,
  );
  await expect(r.table.locator('tbody:not(.table-pinned) tr')).toHaveCount(Math.min(energy.length, TABLE_PAGE), wait);
  // One link per placed partner with an energy partnership.
  const placedPartners = [...energyPartners].filter((id) => placed.has(id)).length;
  await expect(r.map.locator('path.map-link')).toHaveCount(placedPartners, wait);
  expect(placedPartners).toBeLessThan(linksBefore);
  await expect(r.network.locator('.network-node')).toHaveCount(energyNetwork, wait);
  const matrixRows = r.sectors.locator('[role="button"][aria-label^="Sélectionner "]');
  await expect(matrixRows).toHaveCount(Math.min(energyPartners.size, MATRIX_PAGE), wait);
  await r.sectors.getByRole('button', { name: `Afficher les ${energyPartners.size} partenaires` }).click();
  await expect(matrixRows).toHaveCount(energyPartners.size, wait);
  await expect(page).toHaveURL(/sector=energy/);
});
