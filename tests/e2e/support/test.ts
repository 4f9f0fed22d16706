import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/**
 * Every e2e test runs with the network cut off: a request to anything but the local server is
 * aborted and recorded, and the test fails if there was any. The page must also raise no
 * uncaught error.
 */
export const test = base.extend<{ outside: string[] }>({
  // The built site registers a service worker (src/offline/), which would answer later requests
  // from what it kept and fetch the whole site beside each test: only the tests of offline use
  // allow it, with `test.use({ serviceWorkers: 'allow' })`.
  serviceWorkers: 'block',
  outside: async ({ context, baseURL }, use) => {
    const outside: string[] = [];
    const local = new URL(baseURL!).origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(local) || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('file:')) return route.continue();
      outside.push(url);
      return route.abort('blockedbyclient');
    });
    await use(outside);
    expect(outside, 'requests outside the local server').toEqual([]);
  },
  page: async ({ page, outside }, use) => {
    void outside;
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };

/** Saves a full-page screenshot under test-results/screens/ for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screens', { recursive: true });
  // The views below the first screen are drawn only near the viewport (`content-visibility:
  // auto`), and a full-page capture does not draw what the page skips, so they are drawn for it.
  // Through each element's style object: the page's Content-Security-Policy refuses an added
  // <style> element.
  const regions = page.locator('.view-region');
  await regions.evaluateAll((all) =>
    all.forEach((el) => (el as HTMLElement).style.setProperty('content-visibility', 'visible', 'important')),
  );
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
  await regions.evaluateAll((all) => all.forEach((el) => (el as HTMLElement).style.removeProperty('content-visibility')));
}
