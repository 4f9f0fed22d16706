import type { Page } from '@playwright/test';

/**
 * Folds the details panel to its bar. While something is picked the panel lies over the right of
 * the views (a sheet over the bottom of a phone's screen); folded, it leaves the views under it
 * free to use, and the selection stays.
 */
export async function foldDetails(page: Page): Promise<void> {
  await page.getByRole('complementary', { name: 'Détails' }).getByRole('button', { name: 'Détails', exact: true }).click();
}
