import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';

// The views below the first screen are rendered only near the screen (`content-visibility: auto`
// in app.css): these check that they are still there for everything a person does with them.

/** Whether the browser renders the element now: false inside a view that it skips off screen. */
const rendered = (locator: Locator) => locator.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));

async function openDashboard(page: Page) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  const table = page.getByRole('region', { name: 'Tableau des partenariats' });
  await expect(table.locator('tbody tr')).toHaveCount(12, { timeout: 15_000 });
  return table;
}

test('the table below the first screen is not rendered until it is scrolled near, and is then', async ({ page }) => {
  const table = await openDashboard(page);
  const firstRow = table.locator('tbody tr').first();
  expect(await rendered(firstRow)).toBe(false);
  // Still in the page for assistive technology while it is skipped.
  await expect(table.getByRole('columnheader').first()).toBeAttached();
  await table.scrollIntoViewIfNeeded();
  await expect.poll(() => rendered(firstRow)).toBe(true);
});

test('a control of a view below the first screen that gets the keyboard focus is rendered and on screen', async ({ page }) => {
  const table = await openDashboard(page);
  const sortButton = table.getByRole('columnheader').first().getByRole('button');
  await sortButton.focus();
  await expect(sortButton).toBeFocused();
  await expect.poll(() => rendered(sortButton)).toBe(true);
  await expect(sortButton).toBeInViewport();
});

test('printing renders every view, the ones below the first screen included', async ({ page }) => {
  const table = await openDashboard(page);
  await page.emulateMedia({ media: 'print' });
  const sectors = page.getByRole('region', { name: 'Secteurs' });
  await expect.poll(() => rendered(table.locator('tbody tr').last())).toBe(true);
  await expect.poll(() => rendered(sectors.locator('svg').first())).toBe(true);
  const visibility = await page.locator('.view-region').evaluateAll((els) => els.map((el) => getComputedStyle(el).contentVisibility));
  expect(visibility.every((v) => v === 'visible')).toBe(true);
});
