import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';
import { openTool } from './support/toolbar';

const SECOND = 'tests/fixtures/merge/second-source.json';
const NEW_SOURCE = 'Rapport d’un observatoire du Sahel (jeu d’essai fictif)';

async function openShipped(page: Page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Les partenariats du Mali' })).toBeVisible();
  await expect(mergePicker(page)).toBeAttached();
}

const mergePicker = (page: Page) => page.getByLabel('Fichier à fusionner (CSV ou JSON)');
const review = (page: Page) => page.getByRole('dialog', { name: 'Fusionner « second-source.json » avec les données actuelles' });
const details = (page: Page) => page.getByRole('complementary', { name: 'Détails' });
const table = (page: Page) => page.getByRole('region', { name: 'Tableau des partenariats' });

async function turkeyDetails(page: Page) {
  await table(page).getByRole('rowheader', { name: 'Sélectionner Turquie', exact: true }).getByRole('button').click();
  await expect(details(page)).toContainText('Turquie');
  return details(page);
}

test.describe('merging a second dataset into the current one', () => {
  test('the review lists the conflict and the near-duplicate; a merge that fails keeps the data, the one decided applies, shows its source, and Undo restores', async ({
    page,
  }) => {
    await openShipped(page);
    await expect(table(page).getByRole('rowheader', { name: 'Sélectionner Turquie', exact: true }).getByRole('button')).toBeVisible();
    const before = await table(page).getByRole('row').count();
    await mergePicker(page).setInputFiles(SECOND);

    const dialog = review(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('La fusion ajoute 2 affirmations, 1 nouveau partenariat et 1 nouvel acteur.');
    const conflicts = dialog.getByRole('region', { name: 'Désaccords que la fusion crée' });
    await expect(conflicts).toContainText('Mali – Turquie, Sécurité');
    await expect(conflicts).toContainText('Les sources divergent le 28 février 2024');
    await expect(conflicts).toContainText('potentiel');
    await expect(conflicts).toContainText(NEW_SOURCE);
    await expect(conflicts).toContainText('La Turquie est déjà un partenaire de sécurité actif du Mali.');
    await expect(dialog.getByRole('region', { name: 'Nouvelles sources' })).toContainText(NEW_SOURCE);
    const near = dialog.getByRole('group', { name: /« Turquie » \(TR-1\) du fichier et « Turquie » \(TUR\)/ });
    await expect(near).toBeVisible();
    const apply = dialog.getByRole('button', { name: 'Fusionner', exact: true });
    // Nothing merges before the person has decided on every near-duplicate.
    await expect(apply).toBeDisabled();
    expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations).toEqual([]);
    await saveScreenshot(page, 'merge-review-1280');

    // Judged the same actor, "Turquie" (TR-1) makes the file's Türkiye–TR-1 tie a partnership of
    // Türkiye with itself: the merge fails whole, its problem listed at its place.
    await near.getByRole('radio', { name: 'Le même acteur (les fusionner)' }).check();
    await apply.click();
    const failed = page.getByRole('dialog', { name: '« second-source.json » n’a pas été fusionné' });
    await expect(failed).toContainText('Les données affichées restent celles d’avant. Revenez à la revue pour changer une décision');
    await expect(failed.getByRole('listitem').first()).toContainText('partnerships[');
    await saveScreenshot(page, 'merge-failed');
    await failed.getByRole('button', { name: 'Retour' }).click();
    await expect(table(page).getByRole('row')).toHaveCount(before);
    await expect(page.getByRole('heading', { level: 1, name: 'Les partenariats du Mali' })).toBeVisible();

    // Back in the review, the person says they are two actors: the merge applies.
    await review(page).getByRole('radio', { name: 'Deux acteurs différents (garder les deux)' }).check();
    await review(page).getByRole('button', { name: 'Fusionner', exact: true }).click();
    await expect(review(page)).toBeHidden();
    await expect(
      page.getByRole('status').filter({ hasText: 'Fusion faite : « Les partenariats du Mali + second-source.json »' }),
    ).toBeVisible();
    await saveScreenshot(page, 'merge-applied-1280');
    await expect(await turkeyDetails(page)).toContainText(NEW_SOURCE);

    await page.getByRole('button', { name: 'Annuler la fusion' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Fusion annulée : les données d’avant sont de retour.' })).toBeVisible();
    await expect(table(page).getByRole('row')).toHaveCount(before);
    await expect(await turkeyDetails(page)).not.toContainText(NEW_SOURCE);
    // The tab's saved dataset followed the undo: a reload shows the shipped data, not the merge.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Les partenariats du Mali' })).toBeVisible();
    await expect(page.getByText('Données affichées')).toHaveCount(0);
  });

  test('on a phone, the review fits the screen and the merge applies', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await openShipped(page);
    await mergePicker(page).setInputFiles(SECOND);
    const dialog = review(page);
    await expect(dialog).toBeVisible();
    const width = await dialog.evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(width).toBe(true);
    await saveScreenshot(page, 'merge-review-375');
    await dialog.getByRole('radio', { name: 'Deux acteurs différents (garder les deux)' }).check();
    await dialog.getByRole('button', { name: 'Fusionner', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Fusion faite' })).toBeVisible();
    await saveScreenshot(page, 'merge-applied-375');
  });

  test('a reviewed draft merges into the current data from the draft tool’s publish step', async ({ page }) => {
    await openShipped(page);
    await openTool(page, 'Rédiger depuis un article');
    const workspace = page.getByRole('dialog', { name: 'Rédiger des données depuis un article' });
    await workspace.getByLabel('Texte de l’article').fill(readFileSync('public/data/sources/article.fr.txt', 'utf8'));
    await workspace.getByRole('button', { name: 'Analyser' }).click();
    await workspace.getByRole('button', { name: 'Tout accepter' }).click();
    await workspace.getByRole('button', { name: 'Fusionner avec les données actuelles' }).click();

    const dialog = page.getByRole('dialog', {
      name: 'Fusionner « mali-cooperation-renforcee-avec-la-russie-diop-et-camara-a-draft.json » avec les données actuelles',
    });
    await expect(dialog).toContainText(/La fusion ajoute \d+ affirmations?/);
    await saveScreenshot(page, 'merge-draft-review');
    await dialog.getByRole('button', { name: 'Fusionner', exact: true }).click();
    await expect(dialog).toBeHidden();
    await workspace.getByRole('button', { name: 'Fermer' }).click();
    await expect(
      page.getByRole('status').filter({
        hasText: 'Fusion faite : « Les partenariats du Mali + mali-cooperation-renforcee-avec-la-russie-diop-et-camara-a-draft.json »',
      }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Les partenariats du Mali' })).toBeVisible();
  });
});
