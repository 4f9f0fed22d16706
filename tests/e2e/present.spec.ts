import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';
import { openTool } from './support/toolbar';

test.use({ viewport: { width: 1280, height: 720 } });

const stage = (page: Page) => page.getByRole('dialog', { name: /./ }).filter({ has: page.locator('.presentation__bar') });

const STEPS = [
  {
    title: 'La fin des opérations française et onusienne',
    url: /present=1&step=1/,
    check: (page: Page) => expect(page).toHaveURL(/status=ended/),
  },
  {
    title: 'La Russie, partenaire de sécurité',
    url: /step=2/,
    check: (page: Page) => expect(page).toHaveURL(/select=partnership:mli-rus-security/),
  },
  {
    title: 'Au-delà de la sécurité : quatre nouveaux secteurs',
    url: /step=3/,
    check: (page: Page) => expect(stage(page).getByRole('group', { name: /Matrice des partenariats/ })).toBeVisible(),
  },
  { title: 'Les voisins : Burkina Faso et Niger', url: /step=4/, check: (page: Page) => expect(page).toHaveURL(/status=emerging/) },
  { title: 'Partenaires potentiels : Chine et Turquie', url: /step=5/, check: (page: Page) => expect(page).toHaveURL(/status=potential/) },
  {
    title: 'Le contexte',
    url: /step=6/,
    check: (page: Page) =>
      expect(stage(page).getByRole('button', { name: /Visite de Diop et Camara à Moscou/ })).toHaveAttribute('aria-pressed', 'true'),
  },
];

test('presents the shipped story with the keyboard, from the first step to the last', async ({ page }) => {
  await page.goto('./');
  await openTool(page, 'Présenter');
  const s = stage(page);
  for (const [i, step] of STEPS.entries()) {
    await expect(s.getByRole('heading', { level: 2, name: step.title })).toBeVisible();
    await expect(s).toContainText(`Étape ${i + 1} sur 7`);
    await expect(page).toHaveURL(step.url);
    await step.check(page);
    await saveScreenshot(page, `present-step-${i + 1}`);
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'PageDown');
  }
  await expect(s.getByRole('heading', { level: 2, name: 'Avant : le Mali en juin 2022' })).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(s.getByRole('heading', { level: 2, name: 'Le contexte' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.presentation')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Les partenariats du Mali' })).toBeVisible();
  await expect(page).not.toHaveURL(/present=1/);
});

test('?present=1&step=3 opens at the third step, in large type', async ({ page }) => {
  await page.goto('./?present=1&step=3');
  const s = stage(page);
  await expect(s.getByRole('heading', { level: 2, name: 'Au-delà de la sécurité : quatre nouveaux secteurs' })).toBeVisible();
  const size = await s
    .locator('.presentation__text p')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  await s.getByRole('button', { name: /Suivant/ }).click();
  await expect(s.getByRole('heading', { level: 2, name: 'Les voisins : Burkina Faso et Niger' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a teacher adds the current state as a step and exports the story', async ({ page }) => {
  await page.goto('./?status=active&select=RUS');
  await openTool(page, /^Récit \(7 étapes\)$/);
  const editor = page.getByRole('dialog', { name: 'Le récit à présenter' });
  await editor.getByLabel('Titre de l’étape').fill('La Russie aujourd’hui');
  await editor.getByLabel('Texte de l’étape').fill('Le seul partenariat actif.');
  await editor.getByRole('button', { name: 'Ajouter l’état actuel' }).click();
  await expect(editor.getByRole('listitem')).toHaveCount(8);
  const download = page.waitForEvent('download');
  await editor.getByRole('button', { name: 'Exporter le récit (JSON)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('mali-partnerships-2024-02-story.json');
  const json = JSON.parse(await (await file.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
  expect(json.story).toHaveLength(8);
  expect(json.story[7]).toMatchObject({ state: '?status=active&select=RUS', title: { fr: 'La Russie aujourd’hui' } });
  await saveScreenshot(page, 'present-story-editor');
  await editor.getByRole('button', { name: 'Fermer' }).click();
  await openTool(page, 'Présenter');
  await page.keyboard.press('End');
  await expect(stage(page).getByRole('heading', { level: 2, name: 'La Russie aujourd’hui' })).toBeVisible();
});
