import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';
import { openTool } from './support/toolbar';
import { PLAY_STEP_MS } from '../../src/config/timeLimits';

const regions = (page: Page) => ({
  map: page.getByRole('region', { name: 'Carte' }),
  network: page.getByRole('region', { name: 'Réseau' }),
  table: page.getByRole('region', { name: 'Tableau des partenariats' }),
  filters: page.getByRole('region', { name: 'Filtres' }),
  control: page.getByRole('region', { name: 'Date des données' }),
});

async function openDashboard(page: Page, search = '') {
  await page.goto(`./${search}`);
  const r = regions(page);
  await expect(r.map.locator('path.map-country').first()).toBeAttached({ timeout: 15_000 });
  await expect(r.network.locator('.network-node').first()).toBeAttached({ timeout: 15_000 });
  return r;
}

/** The partners the map draws a link to, in order. */
async function mapPartners(page: Page) {
  const classes = await regions(page)
    .map.locator('path.map-link')
    .evaluateAll((paths) => paths.map((p) => [...p.classList].find((c) => c.startsWith('map-link--'))!.slice('map-link--'.length)));
  return [...new Set(classes)].sort();
}

test('a person moves the date from 2013 to 2024 with the keyboard alone, and the map, network and table follow', async ({ page }) => {
  await page.clock.install();
  const r = await openDashboard(page);
  const slider = r.control.getByRole('slider', { name: 'Date affichée' });
  await expect(slider).toHaveAttribute('aria-valuetext', 'dernier état connu');
  for (let i = 0; i < 60 && !(await slider.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(slider).toBeFocused();
  await expect(slider).toHaveCSS('outline-style', 'solid');
  // The network is laid out once: a date shows its ties among the nodes where they were.
  const nodeShapes = () =>
    r.network
      .locator('.network-node')
      .evaluateAll((nodes) =>
        Object.fromEntries(nodes.map((n) => [n.getAttribute('data-id'), n.querySelector('.network-node__shape')?.getAttribute('d')])),
      );
  const latestShapes = await nodeShapes();

  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', '25 avril 2013');
  await expect(page).toHaveURL(/date=2013-04-25/);
  await expect(r.filters.getByRole('status')).toHaveText('1 partenariat sur 1');
  await expect(r.filters.locator('.filter-bar__date')).toHaveText('Au 25 avril 2013');
  await expect.poll(() => mapPartners(page)).toEqual(['UN']);
  await expect(r.network.locator('.network-edge[data-id="MLI|UN"]')).toHaveCount(1);
  await expect(r.network.locator('.network-edge[data-id="MLI|RUS"]')).toHaveCount(0);
  await expect(r.table.locator('tbody tr')).toHaveCount(1);
  await saveScreenshot(page, 'date-2013');
  expect(await nodeShapes()).toEqual(latestShapes);

  for (let i = 0; i < 6; i++) await page.keyboard.press('PageUp');
  await expect(slider).toHaveAttribute('aria-valuetext', '1 janvier 2019');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '25 juin 2019');
  await expect.poll(() => mapPartners(page)).toEqual(['RUS', 'UN']);
  await expect(r.network.locator('.network-edge[data-id="MLI|RUS"]')).toHaveCount(1);

  for (let i = 0; i < 3; i++) await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '17 février 2022');
  await expect.poll(() => mapPartners(page)).toEqual(['FRA', 'RUS', 'UN']);
  await expect(r.table.locator('tbody tr')).toHaveCount(3);
  await page.keyboard.press('PageDown');
  await expect(slider).toHaveAttribute('aria-valuetext', '1 janvier 2021');

  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', 'dernier état connu');
  await expect(page).not.toHaveURL(/date=/);
  await expect(r.filters.getByRole('status')).toHaveText('12 partenariats sur 12');
  await expect(r.filters.locator('.filter-bar__date')).toHaveText('Dernier état connu');
  await expect.poll(() => mapPartners(page)).toEqual(['BFA', 'CHN', 'FRA', 'NER', 'RUS', 'TUR', 'UN']);

  // Play for class: from the first date, one date a step, until paused; the clock is the test's.
  await page.keyboard.press('Home');
  await page.keyboard.press('Tab');
  const play = r.control.getByRole('button', { name: 'Faire défiler les dates' });
  await expect(play).toBeFocused();
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 1000);
  await page.keyboard.press('Enter');
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  await page.clock.runFor(PLAY_STEP_MS);
  await expect(slider).toHaveAttribute('aria-valuetext', '1 janvier 2014');
  // The next step comes a step's time after the views have drawn this one.
  await expect(r.filters.locator('.filter-bar__date')).toHaveText('Au 1 janvier 2014');
  await expect
    .poll(
      async () => {
        await page.clock.runFor(PLAY_STEP_MS / 6);
        return slider.getAttribute('aria-valuetext');
      },
      { intervals: [0] },
    )
    .toBe('1 janvier 2015');
  await page.keyboard.press('Enter');
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  await page.clock.runFor(PLAY_STEP_MS * 3);
  await expect(slider).toHaveAttribute('aria-valuetext', '1 janvier 2015');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(slider).toHaveAttribute('aria-valuetext', 'dernier état connu');

  await page.clock.resume();
  const axe = await new AxeBuilder({ page }).include('.date-control').analyze();
  expect(axe.violations).toEqual([]);
});

test('comparing 1 January 2021 with 31 December 2024 lists what ended, strengthened and started, each with its sources', async ({
  page,
}) => {
  const r = await openDashboard(page);
  await r.control.getByRole('button', { name: 'Comparer deux dates' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ce qui a changé entre deux dates' });
  await dialog.getByLabel('Du').fill('2021-01-01');
  await dialog.getByLabel('Au').fill('2024-12-31');
  await expect(dialog.getByRole('status')).toHaveText('12 changements entre le 1 janvier 2021 et le 31 décembre 2024 :');
  const kind = (name: string) => dialog.locator('section').filter({ has: page.getByRole('heading', { name, exact: true }) });
  await expect(kind('Terminé').locator('.compare-dialog__change')).toHaveText([
    'Mali – France, Sécurité : pas encore connu → terminé',
    'Mali – Nations unies, Sécurité : actif → terminé',
  ]);
  await expect(kind('Renforcé').locator('.compare-dialog__change')).toHaveText([
    'Mali – Russie, Sécurité : en cours de mise en place → actif',
  ]);
  await expect(kind('Commencé')).toContainText('Mali – Turquie');
  await expect(kind('Commencé')).toContainText('Mali – Chine');
  await expect(kind('Commencé')).toContainText('Burkina Faso – Niger');
  const un = kind('Terminé').getByRole('listitem').filter({ hasText: 'Nations unies' });
  await un.getByText(/sources?$/).click();
  await expect(un).toContainText('La résolution 2690 met fin au mandat de la MINUSMA');
  await saveScreenshot(page, 'date-compare');
  const axe = await new AxeBuilder({ page }).include('.compare-dialog').analyze();
  expect(axe.violations).toEqual([]);

  // Marked on the map and the network: a glyph in a badge and words, not colour alone.
  await dialog.getByRole('button', { name: 'Marquer les changements sur la carte et le réseau' }).click();
  await dialog.getByRole('button', { name: 'Fermer' }).first().click();
  await expect(r.control).toContainText('Changements du 1 janvier 2021 au 31 décembre 2024 marqués');
  await expect(r.network.locator('.network-edge[data-id="MLI|RUS"]')).toHaveAttribute('data-changed', 'started strengthened');
  await expect(r.network.getByRole('button', { name: /^Mali – Russie.*renforcé/ })).toHaveCount(1);
  await expect(r.network.locator('.network-edge[data-id="FRA|MLI"] .network-edge__change')).toHaveText('×');
  await expect(r.map.locator('.map-change')).toHaveCount(8);
  await expect(r.map.locator('.map-change').filter({ hasText: 'Nations unies' })).toContainText('×');
  await expect(r.network.locator('.change-legend')).toContainText('Changements du 1 janvier 2021 au 31 décembre 2024 marqués');
  await expect(r.network.locator('.change-legend li')).toHaveText(['+Commencé', '▲Renforcé', '▼Affaibli', '×Terminé']);
  await expect(r.map.locator('.change-legend')).toHaveCount(1);
  await saveScreenshot(page, 'date-compare-marked');
  await r.control.getByRole('button', { name: 'Ne plus marquer les changements' }).click();
  await expect(r.map.locator('.map-change')).toHaveCount(0);
  await expect(r.network.locator('.network-edge__change')).toHaveCount(0);
  await expect(r.network.locator('.change-legend')).toHaveCount(0);
});

test('a ?date= link opens on that date, and the presentation shows each step’s date', async ({ page }) => {
  const r = await openDashboard(page, '?date=2022-06-01');
  await expect(r.control.getByRole('slider', { name: 'Date affichée' })).toHaveAttribute('aria-valuetext', '1 juin 2022');
  await expect(r.filters.locator('.filter-bar__date')).toHaveText('Au 1 juin 2022');
  await expect.poll(() => mapPartners(page)).toEqual(['FRA', 'RUS', 'UN']);

  // The story editor takes the date on screen for a new step, and lets the person set another.
  await openTool(page, 'Récit (7 étapes)');
  const editor = page.getByRole('dialog', { name: 'Le récit à présenter' });
  await expect(editor.getByLabel('Date montrée par l’étape (vide : le dernier état connu)')).toHaveValue('2022-06-01');
  await editor.getByLabel('Titre de l’étape').fill('En 2021');
  await editor.getByLabel('Texte de l’étape').fill('La MINUSMA est encore là.');
  await editor.getByLabel('Date montrée par l’étape (vide : le dernier état connu)').fill('2021-01-01');
  await editor.getByRole('button', { name: 'Ajouter l’état actuel' }).click();
  await expect(editor.getByRole('listitem')).toHaveCount(8);
  await editor.getByRole('button', { name: 'Fermer' }).first().click();
  await openTool(page, 'Présenter');
  const stage = page.locator('.presentation');
  await expect(stage.locator('.presentation__date')).toHaveText('Au 28 février 2024');
  await page.keyboard.press('End');
  await expect(stage.getByRole('heading', { level: 2, name: 'En 2021' })).toBeVisible();
  await expect(stage.locator('.presentation__date')).toHaveText('Au 1 janvier 2021');
  await expect(stage).toContainText('Étape 8 sur 8');
  await page.keyboard.press('ArrowLeft');
  await expect(stage.getByRole('heading', { level: 2, name: 'Avant : le Mali en juin 2022' })).toBeVisible();
  await expect(stage.locator('.presentation__date')).toHaveText('Au 1 juin 2022');
  await expect(stage.locator('path.map-link--FRA')).toHaveCount(1);
  await expect(stage.locator('path.map-link--CHN')).toHaveCount(0);
  await saveScreenshot(page, 'date-present-before');
});

test('the date control fits beside the filters at 1280, 375 and 1024×768, light and dark', async ({ page }) => {
  const r = await openDashboard(page, '?date=2023-01-01');
  for (const { width, height, scheme } of [
    { width: 1280, height: 800, scheme: 'light' },
    { width: 375, height: 667, scheme: 'dark' },
    { width: 1024, height: 768, scheme: 'dark' },
    { width: 1024, height: 768, scheme: 'light' },
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    if (width === 375) {
      // On a phone the control unfolds with the filters, so that the map still starts on the first
      // screen; the date in effect stays in sight beside the count.
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(r.control).toBeHidden();
      await expect(r.filters.locator('.filter-bar__date')).toBeInViewport();
      const canvas = (await page.locator('.map-canvas').boundingBox())!;
      expect(canvas.y).toBeLessThan(height - 200);
      await r.filters.getByRole('button', { name: 'Filtres' }).click();
    }
    await r.control.scrollIntoViewIfNeeded();
    await expect(r.control.getByRole('button', { name: 'Comparer deux dates' })).toBeInViewport();
    const box = await r.control.boundingBox();
    expect(box!.x + box!.width, `${width}, ${scheme}`).toBeLessThanOrEqual(width);
    await saveScreenshot(page, `date-control-${width}-${scheme}`);
  }
});
