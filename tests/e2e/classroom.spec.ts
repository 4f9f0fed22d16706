import type { Locator, Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';

const stage = (page: Page) => page.getByRole('dialog', { name: /./ }).filter({ has: page.locator('.presentation__bar') });

/** Each shipped step: its title, the chart it shows and that chart's legend. */
const STEPS = [
  { title: 'La fin des opérations française et onusienne', chart: '.map-canvas', legend: '.map-legend' },
  { title: 'La Russie, partenaire de sécurité', chart: '.network-svg', legend: '.network-legend' },
  { title: 'Au-delà de la sécurité : quatre nouveaux secteurs', chart: '.sector-bars svg', legend: '.status-legend' },
  { title: 'Les voisins : Burkina Faso et Niger', chart: '.map-canvas', legend: '.map-legend' },
  { title: 'Partenaires potentiels : Chine et Turquie', chart: '.map-canvas', legend: '.map-legend' },
  { title: 'Le contexte', chart: '.timeline__list', legend: '.timeline__axis' },
  { title: 'Avant : le Mali en juin 2022', chart: '.map-canvas', legend: '.map-legend' },
] as const;

/**
 * How the step's view sits in its card: the card's content and scrollable heights, and every
 * visible part of the view that ends outside the card (the map's own panes, which Leaflet clips on
 * purpose, and what is hidden for screen readers only, are left out).
 */
async function measureCard(card: Locator) {
  return card.evaluate((box) => {
    const room = box.getBoundingClientRect();
    const outside = [...box.querySelectorAll('*')]
      .filter(
        (el) =>
          !el.closest(
            '.leaflet-pane, .leaflet-control-container, .network-help, .sectors-view__hint, .map-unplaced p, .map-unplaced__detail, .visually-hidden',
          ),
      )
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(
        ({ r }) =>
          r.width > 0 &&
          r.height > 0 &&
          (r.bottom > room.bottom + 1 || r.right > room.right + 1 || r.top < room.top - 1 || r.left < room.left - 1),
      )
      .map(
        ({ el, r }) =>
          `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} ${Math.round(r.top)}..${Math.round(r.bottom)} of ${Math.round(room.top)}..${Math.round(room.bottom)}`,
      );
    return {
      content: box.scrollHeight,
      box: box.clientHeight,
      contentWidth: box.scrollWidth,
      boxWidth: box.clientWidth,
      outside: outside.slice(0, 5),
    };
  });
}

async function walkSteps(page: Page, size: string) {
  const s = stage(page);
  const card = s.locator('.presentation__view');
  const heights: string[] = [];
  for (const [i, step] of STEPS.entries()) {
    await expect(s.getByRole('heading', { level: 2, name: step.title })).toBeVisible();
    await expect(card.locator(step.chart).first()).toBeVisible({ timeout: 15_000 });
    await expect(card.locator(step.legend).first()).toBeVisible();
    if (step.chart === '.map-canvas') await expect(card.locator('.map-place__label').first()).toBeVisible({ timeout: 15_000 });
    const m = await measureCard(card);
    heights.push(`${i + 1}: ${m.content}/${m.box}`);
    expect(m.outside, `step ${i + 1} at ${size}: nothing of the view outside its card`).toEqual([]);
    expect(m.content, `step ${i + 1} at ${size}: the view's height within its card, no inner scrolling`).toBeLessThanOrEqual(m.box + 1);
    expect(m.contentWidth, `step ${i + 1} at ${size}: no sideways scrolling`).toBeLessThanOrEqual(m.boxWidth + 1);
    // The slide's own text shows whole too.
    const text = await s.locator('.presentation__text').evaluate((el) => ({ content: el.scrollHeight, box: el.clientHeight }));
    expect(text.content, `step ${i + 1} at ${size}: the step's text shows whole`).toBeLessThanOrEqual(text.box + 1);
    await saveScreenshot(page, `classroom-${size}-step-${i + 1}`);
    if (i < STEPS.length - 1) await s.getByRole('button', { name: /Suivant/ }).click();
  }
  test.info().annotations.push({ type: `content/card heights at ${size}`, description: heights.join(', ') });
}

test('on a projector, every step shows its chart whole with its legend, at 1024x768 and at 1280x800', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./?present=1&step=1');
  await walkSteps(page, '1024x768');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.keyboard.press('Home');
  await walkSteps(page, '1280x800');
});

test('printing gives one page per view, with the header on the first, no control, and the map framed as on screen', async ({ page }) => {
  await page.goto('./?sector=energy');
  // Every view is drawn before printing, as it is once a person has scrolled through the page.
  for (const ready of ['path.map-country', '.network-node', '.timeline__list li', '.sector-bars svg', '.reader-text', 'table tbody tr']) {
    await expect(page.locator(ready).first()).toBeAttached({ timeout: 15_000 });
  }
  await expect(page.locator('.map-place__label').first()).toBeVisible({ timeout: 15_000 });

  // The printout as the browser's print dialog makes it (the page's own A4 landscape size).
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
  expect(pages, 'one page per view: map (with the header), network, timeline, sectors, source, table').toHaveLength(6);

  await page.emulateMedia({ media: 'print' });
  // Under print, the first view follows the header on its page; every other view starts a page.
  const breaks = await page.locator('.view-region').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
  expect(breaks).toEqual(['auto', 'page', 'page', 'page', 'page', 'page']);
  for (const name of ['Carte', 'Réseau', 'Secteurs']) {
    await expect(page.getByRole('region', { name }).locator('.status-legend, .map-legend, .network-legend').first()).toBeVisible();
  }
  const notes = page.locator('.print-note');
  await expect(notes).toHaveCount(6);
  await expect(notes.first()).toBeVisible();
  await expect(notes.first()).toContainText('Filtres actifs : Secteur : Énergie');
  await expect(notes.first()).toContainText('Mali : Coopération renforcée avec la Russie');

  // No control that only works on screen is printed.
  await expect(page.locator('.filter-bar')).toBeHidden();
  for (const role of ['textbox', 'searchbox', 'checkbox', 'combobox'] as const) {
    await expect(page.getByRole(role).filter({ visible: true })).toHaveCount(0);
  }
  for (const name of [
    'Voir dans la source',
    'Réinitialiser la vue',
    'Voir tous les partenaires',
    'Zoomer',
    'Présenter',
    'Exporter',
    'Copier le lien',
  ]) {
    await expect(page.getByRole('button', { name, exact: true }).filter({ visible: true }), name).toHaveCount(0);
  }
  await expect(page.getByText('Glisser un nœud pour le déplacer')).toBeHidden();
  await expect(page.getByText(/^Un secteur filtre le tableau de bord/)).toBeHidden();
  await expect(page.getByRole('button', { name: /^Traduction anglaise de/ }).filter({ visible: true })).toHaveCount(0);

  // The map is fitted to its printed frame: Mali, the subject, is inside it, not cut off.
  const frame = await page.locator('.view-region--map .map-frame').boundingBox();
  const mali = await page.locator('.view-region--map .map-place--focus .map-place__label').boundingBox();
  expect(frame && mali).toBeTruthy();
  expect(mali!.y + mali!.height).toBeLessThanOrEqual(frame!.y + frame!.height);
  expect(mali!.x + mali!.width).toBeLessThanOrEqual(frame!.x + frame!.width);
  // The picture of the printout at the width of the printed page (A4 landscape less its margins).
  await page.setViewportSize({ width: 1032, height: 703 });
  await saveScreenshot(page, 'print-layout');
});
