import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';
import { openTool } from './support/toolbar';

const fixture = (name: string) => `tests/fixtures/import/${name}`;
const SHIPPED_TITLE = 'Les partenariats du Mali';
const OWN_TITLE = 'Partenariats : Mali';

async function openShipped(page: Page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: SHIPPED_TITLE })).toBeVisible();
  // The toolbar, which also listens for files dropped on the page, follows the header in a render
  // of its own: a person sees it before they can drag anything onto the page.
  await expect(picker(page)).toBeAttached();
}

const picker = (page: Page) => page.getByLabel('Charger un fichier (CSV ou JSON)');

test.describe('bringing your own data', () => {
  test('a valid CSV updates every view, is restored on reload, and the shipped data comes back on request', async ({ page }) => {
    await openShipped(page);
    await picker(page).setInputFiles(fixture('mali-fr.csv'));
    await expect(page.getByRole('heading', { level: 1, name: OWN_TITLE })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '« mali-fr.csv » est chargé : 4 partenariats.' })).toBeVisible();

    const table = page.getByRole('region', { name: 'Tableau des partenariats' });
    await expect(table.getByRole('row')).toHaveCount(5);
    await expect(table).toContainText('Chine');
    await expect(table).toContainText('Turquie');
    await expect(page.getByRole('region', { name: 'Secteurs' })).toContainText('Agriculture');
    await expect(page.getByRole('region', { name: 'Réseau' })).toContainText('Turquie');
    await expect(page.getByRole('region', { name: 'Carte' }).getByRole('button', { name: /Chine/ }).first()).toBeAttached();
    await saveScreenshot(page, 'data-csv-loaded');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: OWN_TITLE })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Données affichées : « mali-fr.csv »' })).toBeVisible();
    await saveScreenshot(page, 'data-restored');

    await openTool(page, 'Revenir aux données d’origine');
    await expect(page.getByRole('heading', { level: 1, name: SHIPPED_TITLE })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: SHIPPED_TITLE })).toBeVisible();
  });

  test('a broken JSON lists every problem with its place while the dataset on screen stays', async ({ page }) => {
    await openShipped(page);
    await picker(page).setInputFiles(fixture('broken.json'));
    const dialog = page.getByRole('dialog', { name: '« broken.json » n’a pas été chargé' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('actors[0].location.lat : lat doit être compris entre -90 et 90');
    await expect(page.getByRole('heading', { level: 1, name: SHIPPED_TITLE })).toBeVisible();
    await saveScreenshot(page, 'data-broken-json');

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await picker(page).setInputFiles({
      name: 'syntax.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "schemaVersion": 1,\n  oops\n}'),
    });
    await expect(page.getByRole('dialog')).toContainText('syntax.json, ligne 3, colonne 3 : le fichier n’est pas un JSON valide');
    await expect(page.getByRole('heading', { level: 1, name: SHIPPED_TITLE })).toBeVisible();
  });

  test('unknown columns open the mapping step with a preview, on a phone too', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await openShipped(page);
    await picker(page).setInputFiles(fixture('odd-columns.csv'));
    const dialog = page.getByRole('dialog', { name: 'Quelle colonne contient quoi ?' });
    await expect(dialog.getByRole('cell', { name: 'Cooperation with Russia.' })).toBeVisible();
    await dialog.getByLabel('Rôle de la colonne A (Land)').selectOption('actor');
    await dialog.getByLabel('Rôle de la colonne B (With)').selectOption('partner');
    await saveScreenshot(page, 'data-mapping-mobile');
    await dialog.getByLabel('Rôle de la colonne E (Sentence)').selectOption('quote');
    await dialog.getByRole('button', { name: 'Continuer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: OWN_TITLE })).toBeVisible();
  });

  test('unknown names and statuses are listed with their rows for the person to decide', async ({ page }) => {
    await openShipped(page);
    await picker(page).setInputFiles(fixture('unknown-values.csv'));
    const dialog = page.getByRole('dialog', { name: 'Valeurs à vérifier' });
    await expect(dialog).toContainText('Wakanda');
    await expect(dialog).toContainText('colonne B (partner), ligne 2');
    await dialog.getByLabel('Que faire de « maybe » ?').selectOption('potential');
    await saveScreenshot(page, 'data-review');
    await dialog.getByRole('button', { name: 'Charger ces données' }).click();
    await expect(page.getByRole('status').filter({ hasText: '2 lignes laissées de côté' })).toBeVisible();
  });

  test('a dataset named by ?data= on this site loads at once', async ({ page }) => {
    await page.route('**/own/mine.csv', (route) => route.fulfill({ contentType: 'text/csv', body: readFileSync(fixture('mali-fr.csv')) }));
    await page.goto('./?data=own/mine.csv');
    await expect(page.getByRole('heading', { level: 1, name: OWN_TITLE })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Tableau des partenariats' })).toContainText('Niger');
    await saveScreenshot(page, 'data-link');
  });

  test('a file dropped on the page loads like a chosen one', async ({ page }) => {
    await openShipped(page);
    const csv = readFileSync(fixture('mali-fr.csv'), 'utf8');
    // A real drag from the desktop cannot be scripted; the same events with a real File can.
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      return dt;
    }, csv);
    const drag = (type: string) =>
      page.evaluate(
        ([dt, kind]) =>
          document.querySelector('main')!.dispatchEvent(new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: dt })),
        [transfer, type] as const,
      );
    await drag('dragenter');
    await expect(page.getByText('Déposez le fichier pour le charger')).toBeVisible();
    await saveScreenshot(page, 'data-drop-hint');
    await drag('drop');
    await expect(page.getByText('Déposez le fichier pour le charger')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: OWN_TITLE })).toBeVisible();
  });

  test('hostile inputs change nothing: script stays text, prototypes stay clean, deep files are refused', async ({ page }) => {
    await openShipped(page);
    const hostile = JSON.parse(readFileSync('public/data/partnerships.json', 'utf8'));
    hostile.__proto__ = { polluted: true };
    hostile.title = { fr: '<img src=x onerror="window.__hacked=1">', en: '<script>window.__hacked=1</script>' };
    hostile.sources[0].text = undefined;
    const text = JSON.stringify(hostile).replace(
      '"title":',
      '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"title":',
    );
    await picker(page).setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByRole('heading', { level: 1, name: '<img src=x onerror="window.__hacked=1">' })).toBeVisible();
    expect(
      await page.evaluate(() => [
        ({} as Record<string, unknown>).polluted,
        (window as unknown as Record<string, unknown>).__hacked,
        document.querySelectorAll('img[src="x"]').length,
      ]),
    ).toEqual([undefined, undefined, 0]);

    const deep = `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    await picker(page).setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(deep) });
    await expect(page.getByRole('dialog')).toContainText('deep.json, ligne 1, colonne 25 : le fichier imbrique plus de 20 niveaux');
    await page.keyboard.press('Escape');

    await picker(page).setInputFiles(fixture('hostile.csv'));
    const mapping = page.getByRole('dialog', { name: 'Quelle colonne contient quoi ?' });
    await mapping.getByLabel('Rôle de la colonne A (__proto__)').selectOption('actor');
    await mapping.getByLabel('Rôle de la colonne B (constructor)').selectOption('partner');
    await mapping.getByRole('button', { name: 'Continuer' }).click();
    await expect(page.getByRole('dialog')).toContainText(
      'hostile.csv, ligne 2, colonne F (source_url) : « javascript:alert(1) » n’est pas une adresse web',
    );
    await saveScreenshot(page, 'data-hostile');
    await expect(page.getByRole('heading', { level: 1, name: '<img src=x onerror="window.__hacked=1">' })).toBeVisible();
    expect(
      await page.evaluate(() => [({} as Record<string, unknown>).polluted, (window as unknown as Record<string, unknown>).__hacked]),
    ).toEqual([undefined, undefined]);
  });
});
