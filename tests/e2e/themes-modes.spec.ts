import axe from 'axe-core';
import type { Frame, Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';
import { HOST_PATH } from './fixtures/embedHost';

/** Every theme a person can be in: the three chosen ones, and the automatic one under either system scheme. */
const THEMES = [
  { label: 'Clair', value: 'light', scheme: 'light' },
  { label: 'Sombre', value: 'dark', scheme: 'light' },
  { label: 'Contraste élevé', value: 'contrast', scheme: 'light' },
  { label: 'Automatique', value: 'auto', scheme: 'light' },
  { label: 'Automatique', value: 'auto', scheme: 'dark' },
] as const;
type ThemeCase = (typeof THEMES)[number];
const named = (theme: ThemeCase) => `${theme.value}${theme.value === 'auto' ? ` in a ${theme.scheme} system` : ''}`;

/** Chooses a theme with the switch on screen, as a person does, under the given system scheme. */
async function chooseTheme(page: Page, theme: ThemeCase) {
  await page.emulateMedia({ colorScheme: theme.scheme });
  await page.getByLabel('Thème').selectOption({ label: theme.label });
}

/**
 * Axe's rules about colour: a theme changes colours only, so these are what it can break (the
 * whole rule set runs on each mode in the foundation, present and classroom specs, and on each
 * embed here, in the first theme). The basemap's countries are shapes without text; every label on
 * the map is checked. Axe is put in the document once and run again after each change of theme,
 * which keeps twenty-odd runs fast.
 */
async function violations(target: Page | Frame, rules: 'colour' | 'all' = 'colour') {
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(axe.source);
  const found = await target.evaluate((all) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const results = all
      ? run(document, { resultTypes: ['violations'] })
      : run(
          { exclude: [['.leaflet-map-basemap-pane']] },
          { runOnly: ['color-contrast', 'link-in-text-block'], resultTypes: ['violations'] },
        );
    return results.then((r) =>
      r.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 5)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      ),
    );
  }, rules === 'all');
  return found;
}

test('the dashboard and its printout pass axe in every theme', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./?select=RUS');
  await expect(page.getByRole('complementary', { name: 'Détails' }).getByRole('heading', { level: 3, name: 'Russie' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Carte' }).locator('.map-place__label').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('region', { name: 'Réseau' }).locator('.network-node').first()).toBeAttached({ timeout: 15_000 });
  for (const theme of THEMES) {
    await chooseTheme(page, theme);
    expect(await violations(page), `dashboard, ${named(theme)}`).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await violations(page), `print, ${named(theme)}`).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
  }
  // The automatic theme follows the system: a dark one darkens the frame, the views stay light cards.
  const colours = await page.evaluate(() =>
    [document.querySelector('.app-header'), document.querySelector('.view-region')].map((el) => getComputedStyle(el!).backgroundColor),
  );
  expect(colours).toEqual(['rgb(29, 35, 44)', 'rgb(255, 255, 255)']);
  await saveScreenshot(page, 'themes-dashboard-auto-dark');
});

test('every embed passes axe in every theme, and follows a theme chosen in the dashboard', async ({ page, context }) => {
  test.setTimeout(90_000);
  const views = ['map', 'network', 'sectors', 'source', 'table', 'timeline'];
  // A newsroom page with every embed in a phone's column (the narrow forms: table cards, a folded
  // legend), on the app's own origin, and the dashboard in another tab.
  const frames = views
    .map((v) => `<iframe title="${v}" src="../?embed=${v}&lang=fr" style="width: 360px; height: 900px; border: 0"></iframe>`)
    .join('\n');
  await page.route(`**/${HOST_PATH}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Article</title></head><body><main><h1>Article</h1>${frames}</main></body></html>`,
    }),
  );
  await page.goto(`./${HOST_PATH}`);
  const ready = ['.map-place__label', '.network-node', '.sector-bars svg', '.reader-text', 'table tbody tr', '.timeline__list li'];
  for (const [i, selector] of ready.entries()) {
    await expect(page.frameLocator(`iframe[title="${views[i]}"]`).locator(selector).first()).toBeAttached({ timeout: 15_000 });
  }
  const dashboard = await context.newPage();
  await dashboard.goto('./');
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme.scheme });
    await chooseTheme(dashboard, theme);
    for (const v of views) {
      const root = page.frameLocator(`iframe[title="${v}"]`).locator('html');
      if (theme.value === 'auto') await expect(root).not.toHaveAttribute('data-theme');
      else await expect(root).toHaveAttribute('data-theme', theme.value);
    }
    for (const frame of page.frames().filter((f) => f !== page.mainFrame())) {
      // Every rule once, in the first theme; the colour rules in each of the others.
      const rules = theme === THEMES[0] ? 'all' : 'colour';
      expect(await violations(frame, rules), `embed ${new URL(frame.url()).searchParams.get('embed')}, ${named(theme)}`).toEqual([]);
    }
  }
  // In a dark system, an embed is still a light card: the host page decides what lies around it.
  const background = await page
    .frameLocator('iframe[title="map"]')
    .locator('main.embed')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).toBe('rgb(255, 255, 255)');
  await saveScreenshot(page, 'themes-embeds-auto-dark');
});

test('presentation passes axe in every theme, on a map, a network, a sector and a timeline step', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./?present=1&step=1');
  const s = page.getByRole('dialog', { name: /./ }).filter({ has: page.locator('.presentation__bar') });
  const steps = [
    { step: 1, ready: '.map-place__label' },
    { step: 2, ready: '.network-node' },
    { step: 3, ready: '.sector-bars svg' },
    { step: 6, ready: '.timeline__list li' },
  ];
  for (const { step, ready } of steps) {
    await page.keyboard.press(step === 6 ? 'End' : step === 1 ? 'Home' : 'PageDown');
    // The last step (7) shows the map in 2022; the one before it, the timeline.
    if (step === 6) await page.keyboard.press('PageUp');
    await expect(s).toContainText(`Étape ${step} sur 7`);
    await expect(s.locator('.presentation__view').locator(ready).first()).toBeAttached({ timeout: 15_000 });
    for (const theme of THEMES) {
      await chooseTheme(page, theme);
      expect(await violations(page), `presentation step ${step}, ${named(theme)}`).toEqual([]);
      if (step === 1) await saveScreenshot(page, `themes-present-${named(theme).replace(/\s/g, '-')}`);
    }
    // Back to the presentation itself for its keys (the theme switch keeps the arrows for itself).
    await s.locator('.presentation__text').click();
  }
});
