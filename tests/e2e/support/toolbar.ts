import type { Page } from '@playwright/test';

/**
 * Opens one of the dashboard's tools (export, embed, draft, presentation, story, copy link, paste,
 * back to the shipped data) by its visible name, wherever the toolbar keeps it, the way a person
 * reaches it with the pointer. Tests go through this one place, so a change of the toolbar's
 * layout changes one function and not every flow.
 */
export async function openTool(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('button', { name, exact: typeof name === 'string' }).click();
}
