import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, saveScreenshot, test } from './support/test';
import { openTool } from './support/toolbar';

const ARTICLE = readFileSync('public/data/sources/article.fr.txt', 'utf8');

test('a person pastes the article, accepts the draft, publishes it, and every view shows it', async ({ page }) => {
  // One long flow with an axe scan and five full-page screenshots: more than the default 30 s.
  test.setTimeout(90_000);
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Tableau des partenariats' }).locator('tbody tr')).toHaveCount(12);

  await openTool(page, 'Rédiger depuis un article');
  const dialog = page.getByRole('dialog', { name: 'Rédiger des données depuis un article' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Texte de l’article').fill(ARTICLE);
  await saveScreenshot(page, 'draft-1-pasted');

  await dialog.getByRole('button', { name: 'Analyser' }).click();
  await expect(dialog.getByLabel('Pays ou organisation étudiés')).toHaveText(/Mali \(proposé\)/);
  const table = dialog.getByRole('table');
  // The article's eleven partnerships, each drafted once (tests/unit/extract/shippedArticle.test.ts).
  await expect(table.locator('tbody tr')).toHaveCount(11);
  await expect(table.getByText('A LIRE AUSSI')).toHaveCount(0);
  await expect(table.getByRole('group', { name: 'France, Sécurité' })).toBeVisible();
  await saveScreenshot(page, 'draft-2-review');
  // The review table scrolls inside the dialog, which a full-page picture cannot show: a viewport one does.
  await table.getByRole('group', { name: 'France, Sécurité' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/draft-2b-table.png' });

  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Reviewing by keyboard: the first row's accept button is reachable and pressable.
  await table
    .getByRole('button', { name: /^Accepter / })
    .first()
    .focus();
  await page.keyboard.press('Enter');
  await expect(table.getByRole('button', { name: /^Accepter / }).first()).toHaveAttribute('aria-pressed', 'true');

  await dialog.getByRole('button', { name: 'Tout accepter' }).click();
  await expect(table.getByText('à relire')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Publier dans le tableau de bord' }).click();
  await expect(dialog.getByText(/11 partenariats publiés dans toutes les vues/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Télécharger le JSON' })).toBeVisible();
  await saveScreenshot(page, 'draft-3-published');
  await page.screenshot({ path: 'test-results/screens/draft-3b-published-viewport.png' });

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Télécharger le JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('mali-cooperation-renforcee-avec-la-russie-diop-et-camara-a-draft.json');

  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await expect(dialog).toBeHidden();

  // Every view now shows the drafted dataset: 11 rows, Russia's education tie, Russia in the network.
  await expect(page.getByRole('region', { name: 'Tableau des partenariats' }).locator('tbody tr')).toHaveCount(11);
  await expect(page.getByRole('region', { name: 'Réseau' })).toContainText('Russie');
  await expect(page.getByRole('region', { name: 'Secteurs' })).toContainText('Éducation');
  const map = page.getByRole('region', { name: 'Carte', exact: true });
  await expect(map).toContainText('Russie');
  // Every country got a place on the map from the map's own world file; only people have none.
  await expect(map.getByRole('region', { name: 'Hors de la carte' })).not.toContainText(/Russie|Niger|France|Chine/);
  await saveScreenshot(page, 'draft-4-dashboard');
});
