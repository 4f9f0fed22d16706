import type { Page } from '@playwright/test';

/**
 * Opens one of the dashboard's tools (export, embed, draft, presentation, story, copy link, paste,
 * back to the shipped data) by its visible name, the way a person reaches it with the pointer:
 * the toolbar's menu that holds it first (on a phone, the header's menu button before that), then
 * the entry. Tests go through this one place, so a change of the toolbar's layout changes one
 * function and not every flow.
 */
export async function openTool(page: Page, name: string | RegExp): Promise<void> {
  const exact = typeof name === 'string';
  const hidden = page.getByRole('menuitem', { name, exact, includeHidden: true });
  const menu = await hidden.evaluate((item) => item.closest('[role="menu"]')?.id ?? '');
  const opener = page.locator(`[aria-haspopup="menu"][aria-controls="${menu}"]`);
  if (!(await opener.isVisible())) await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await opener.click();
  await page.getByRole('menuitem', { name, exact }).click();
}
