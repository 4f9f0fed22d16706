import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';
import { openTool } from './support/toolbar';

async function switchTo(page: Page, language: 'English' | 'Français') {
  await page
    .getByRole('group', { name: /^(Langue|Language)$/ })
    .getByRole('button', { name: language })
    .click();
}

test('counts read as each language writes them, zero included: "0 partners shown", "Story (0 steps)", "Récit (0 étape)"', async ({
  page,
}) => {
  // A search that matches nothing leaves Mali with no partner on the map.
  await page.goto('./?lang=en&q=zzzz');
  const map = page.getByRole('region', { name: 'Map' });
  await expect(map.getByRole('button', { name: 'Mali', exact: true })).toHaveAccessibleDescription(
    'Mali – focus country, 0 partners shown',
  );

  await openTool(page, 'Story (7 steps)');
  const editor = page.getByRole('dialog', { name: 'The story to present' });
  for (let left = 7; left > 0; left -= 1) await editor.getByRole('button', { name: /^Remove step 1: / }).click();
  await saveScreenshot(page, 'language-story-emptied-en');
  await editor.getByRole('button', { name: 'Dismiss' }).click();
  await openTool(page, 'Story (0 steps)');
  await page.keyboard.press('Escape');

  await switchTo(page, 'Français');
  await openTool(page, 'Récit (0 étape)');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Carte' }).getByRole('button', { name: 'Mali', exact: true })).toHaveAccessibleDescription(
    'Mali – pays étudié, 0 partenaire affiché',
  );
});

test('a dataset that fails its checks is described in French, values and paths as they are, and in English once switched', async ({
  page,
}) => {
  await page.route('**/data/partnerships.json', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    json.partnerships[3].sector = 'enrgy';
    json.partnerships[0].evidence[0].quote = 'Une phrase que l’article ne contient pas.';
    await route.fulfill({ response, json });
  });
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('2 problèmes trouvés');
  await expect(alert).toContainText('partnerships[3].sector : secteur inconnu « enrgy »');
  await expect(alert).toContainText(
    'partnerships[0].evidence[0].quote : cette citation ne se trouve pas mot pour mot dans la source « article »',
  );
  await expect(alert).not.toContainText('unknown');
  expect((await new AxeBuilder({ page }).include('.load-issues').analyze()).violations).toEqual([]);
  await saveScreenshot(page, 'language-problems-fr');

  await switchTo(page, 'English');
  await expect(alert).toContainText('2 problems found');
  await expect(alert).toContainText('partnerships[3].sector: unknown sector "enrgy"');
  await expect(alert).toContainText('partnerships[0].evidence[0].quote: this quote is not found word for word in source "article"');
  await saveScreenshot(page, 'language-problems-en');
});

test('a linked CSV with unknown names is refused in French, at its rows and column, and the page stays usable', async ({ page }) => {
  const csv =
    'actor,partner,sector,status,quote\nMali,Wakanda,security,active,A.\nMali,Wakanda,energy,active,B.\nMali,Niger,security,actif,C.';
  await page.route('**/own/links.csv', (route) => route.fulfill({ contentType: 'text/csv', body: csv }));
  await page.goto('./?data=own/links.csv');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Les données « links.csv » n’ont pas pu être chargées');
  await expect(alert).toContainText(
    'links.csv, lignes 2 et 3, colonne B (partner) : « Wakanda » n’est ni un pays ni un statut connu ; corrigez-le dans le fichier, ou chargez le fichier depuis la page pour choisir quoi en faire',
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Les partenariats du Mali' })).toBeVisible();
  await switchTo(page, 'English');
  await expect(alert).toContainText('links.csv, rows 2 and 3, column B (partner): "Wakanda" is not a known country or status');
});

test('French names take their article, and the tab is titled in the language on screen', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('group', { name: /^Carte interactive du Mali et de ses partenaires/ })).toBeAttached();
  await expect(page).toHaveTitle('Les partenariats du Mali – Atlas des partenariats');
  const network = page.getByRole('region', { name: 'Réseau' });
  await expect(network.getByRole('button', { name: /^Sergueï Lavrov, personne, membre de la Russie,/ })).toBeAttached({ timeout: 15_000 });
  await saveScreenshot(page, 'language-dashboard-fr');

  await switchTo(page, 'English');
  await expect(page).toHaveTitle("Mali's partnerships – Partnership Atlas");
  await expect(page.getByRole('group', { name: /^Interactive map of Mali and its partners/ })).toBeAttached();

  await page.goto('./?embed=network');
  await expect(page).toHaveTitle('Réseau des acteurs et de leurs liens – Les partenariats du Mali – Atlas des partenariats');
  await page.goto('./?embed=map&lang=en');
  await expect(page).toHaveTitle("Map of the partners – Mali's partnerships – Partnership Atlas");
});

test('a page read in French downloads the English catalogue only once a reader switches, then reads wholly in English', async ({
  page,
}) => {
  const english: string[] = [];
  page.on('request', (request) => {
    if (/\/en-[\w-]+\.js$/.test(new URL(request.url()).pathname)) english.push(request.url());
  });
  await page.goto('./');
  const map = page.getByRole('region', { name: 'Carte' });
  await expect(map.getByRole('button', { name: 'Mali', exact: true })).toBeVisible({ timeout: 15_000 });
  // What the page fetches once drawn and idle (the other views, presentation mode) counts too.
  await page.waitForLoadState('networkidle');
  expect(english, 'the English catalogue before the switch').toEqual([]);

  await switchTo(page, 'English');
  await expect(page.getByRole('heading', { level: 1, name: "Mali's partnerships" })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Map', exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Language' })).toBeVisible();
  expect(english).toHaveLength(1);
});

test('a page opened in English draws in English from its first paint, its catalogue fetched with its code', async ({ page }) => {
  // Records whether the French language switch ever appeared, however briefly, before English.
  await page.addInitScript(() => {
    const seen = window as unknown as { sawFrench?: boolean };
    new MutationObserver(() => {
      if (document.querySelector('[aria-label="Langue"]')) seen.sawFrench = true;
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto('./?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: "Mali's partnerships" })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Language' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Map', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await page.evaluate(() => (window as unknown as { sawFrench?: boolean }).sawFrench ?? false)).toBe(false);
});
