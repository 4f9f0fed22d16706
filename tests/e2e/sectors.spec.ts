import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';
import { foldDetails } from './support/details';

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 667 },
] as const;

async function openDashboard(page: Page) {
  await page.goto('./');
  const sectors = page.getByRole('region', { name: 'Secteurs' });
  await expect(sectors.getByRole('group', { name: /Matrice des partenariats/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Texte de la source' }).getByRole('article')).toBeVisible();
  return {
    sectors,
    matrix: sectors.getByRole('group', { name: /Matrice des partenariats/ }),
    bars: sectors.getByRole('group', { name: /Diagramme en barres/ }),
    reader: page.getByRole('region', { name: 'Texte de la source' }),
    table: page.getByRole('region', { name: 'Tableau des partenariats' }),
  };
}

/** Whether an element lies wholly inside the visible part of its scrolling box. */
async function isInside(inner: Locator, box: Locator): Promise<boolean> {
  const a = await inner.boundingBox();
  const b = await box.boundingBox();
  if (!a || !b) return false;
  return a.y >= b.y - 1 && a.y + a.height <= b.y + b.height + 1;
}

for (const size of SIZES) {
  test.describe(`the sector breakdown, table and source reader on a ${size.name} (${size.width}px)`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('draws the matrix with one row per partner and sector names that never overlap', async ({ page }) => {
      const { matrix, sectors } = await openDashboard(page);
      // Mali's seven partners, and the Burkina Faso–Niger tie.
      await expect(matrix.getByRole('button', { name: /^Sélectionner / })).toHaveCount(8);
      await expect(matrix.getByRole('button', { name: 'Russie, sécurité : actif, en renforcement' })).toBeVisible();
      const headers = await matrix
        .getByRole('button', { name: /^Filtrer sur le secteur/ })
        .locator('text')
        .all();
      const boxes = await Promise.all(headers.map((h) => h.boundingBox()));
      for (let i = 1; i < boxes.length; i++) {
        const [a, b] = [boxes[i - 1]!, boxes[i]!];
        const apart = a.x + a.width <= b.x + 0.5 || b.y + b.height <= a.y + 0.5 || a.y + a.height <= b.y + 0.5;
        expect(apart, `sector names ${i - 1} and ${i} overlap`).toBe(true);
      }
      await sectors.scrollIntoViewIfNeeded();
      await saveScreenshot(page, `sectors-overview-${size.name}`);
    });

    test('clicking the energy column filters the other views', async ({ page }) => {
      const { matrix, reader, table } = await openDashboard(page);
      await expect(table.locator('tbody tr')).toHaveCount(12);
      const energy = matrix.getByRole('button', { name: 'Filtrer sur le secteur Énergie' });
      await energy.click();
      await expect(energy).toHaveAttribute('aria-pressed', 'true');
      // The shared filter changed: the filter bar's chip follows, and so do the table and the reader.
      const filters = page.getByRole('region', { name: 'Filtres' });
      // On a phone the chips are folded behind the button that counts the filters on.
      if (size.name === 'phone') await filters.getByRole('button', { name: 'Filtres (1)' }).click();
      await expect(filters.getByRole('button', { name: /Énergie/ })).toHaveAttribute('aria-pressed', 'true');
      await expect(table.locator('tbody tr')).toHaveCount(1);
      await expect(table.locator('tbody tr').first()).toContainText('Énergie');
      await expect(matrix.getByRole('button', { name: /^Sélectionner / })).toHaveCount(1);
      await expect(reader.locator('mark.quote-mark:not(.is-muted)')).toHaveCount(2);
      await expect(reader.getByText('(2 pour les partenariats affichés)')).toBeVisible();
      await matrix.scrollIntoViewIfNeeded();
      await saveScreenshot(page, `sectors-energy-filter-${size.name}`);
      await energy.press('Enter');
      await expect(table.locator('tbody tr')).toHaveCount(12);
    });

    test('selecting Russia-energy scrolls the reader to its quote and marks it', async ({ page }) => {
      const { matrix, reader, table } = await openDashboard(page);
      const text = reader.getByRole('article');
      await expect(text).toHaveJSProperty('scrollTop', 0);
      await matrix.getByRole('button', { name: 'Russie, énergie : en discussion' }).click();
      const marked = text.locator('[aria-current="true"]');
      await expect(marked).toHaveCount(2);
      await expect(marked.first()).toContainText("les discussions ont également porté sur l'exploration");
      await expect(reader.getByText('Russie, énergie : 2 citations')).toBeVisible();
      await expect.poll(() => text.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
      await expect.poll(() => isInside(marked.first(), text)).toBe(true);
      // The table row follows the selection too.
      await expect(table.getByRole('button', { name: 'Voir dans la source : Russie, énergie' })).toHaveAttribute('aria-pressed', 'true');
      await reader.scrollIntoViewIfNeeded();
      await saveScreenshot(page, `sectors-russia-energy-${size.name}`);

      // The second quote is one step away, and the reader brings it into view too.
      await foldDetails(page);
      await reader.getByRole('button', { name: 'Citation suivante' }).click();
      await expect(reader.getByText('2 sur 2')).toBeVisible();
      await expect.poll(() => isInside(marked.nth(1), text)).toBe(true);
    });

    test('the table search finds "Niger"', async ({ page }) => {
      const { table } = await openDashboard(page);
      await table.getByRole('searchbox', { name: 'Rechercher dans le tableau' }).fill('Niger');
      // Niger's own rows (Mali's and Burkina Faso's), and Mali–Burkina Faso, whose quote names Niger: the search reads every visible word.
      await expect(table.locator('tbody tr')).toHaveCount(3);
      await expect(table.getByRole('rowheader', { name: /Niger/ })).toHaveCount(2);
      // Niger is the partner of two of them: its own row and that of its tie with Burkina Faso.
      await expect(table.getByRole('button', { name: 'Sélectionner Niger' })).toHaveCount(2);
      await expect(table.getByRole('button', { name: 'Sélectionner Burkina Faso' })).toBeVisible();
      await expect(table.getByRole('button', { name: 'Sélectionner Russie' })).toHaveCount(0);
      await expect(table.getByRole('status')).toHaveText('3 partenariats sur 12');
      await table.scrollIntoViewIfNeeded();
      await saveScreenshot(page, `sectors-table-search-${size.name}`);
    });
  });
}

test('clicking a highlighted quote selects the partnership it supports, and its translation shows on demand', async ({ page }) => {
  const { reader, matrix, table } = await openDashboard(page);
  await reader.getByRole('button', { name: 'Si la question sécuritaire reste centrale', exact: true }).click();
  await expect(matrix.getByRole('button', { name: 'Russie, sécurité : actif, en renforcement' })).toHaveAttribute('aria-pressed', 'true');
  await expect(table.getByRole('button', { name: 'Voir dans la source : Russie, sécurité' })).toHaveAttribute('aria-pressed', 'true');
  await foldDetails(page);

  // A sentence behind several partnerships lists them, each one a click away.
  await reader.getByRole('button', { name: /^La Russie, la Chine et la Turquie figurent/ }).click();
  const supports = reader.getByRole('group', { name: /^Ce qu’appuie « La Russie, la Chine/ });
  await expect(supports.getByRole('button')).toHaveText([
    'Russie, sécurité (actif)',
    'Chine, sécurité (potentiel)',
    'Turquie, sécurité (potentiel)',
  ]);
  await supports.getByRole('button', { name: 'Chine, sécurité (potentiel)' }).click();
  // Each names what the quote says; China's tie is active on the latest date (Beijing, 2024).
  await expect(matrix.getByRole('button', { name: 'Chine, sécurité : actif' })).toHaveAttribute('aria-pressed', 'true');

  const toggle = reader.getByRole('button', { name: /^Traduction anglaise de « La Russie, la Chine/ });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(
    reader.getByText("Russia, China and Turkey are also among Mali's potential partners in this field [security]."),
  ).toBeVisible();
  await reader.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'sectors-quote-click-desktop');
});

test('the source reader credits its source at the top and lists the quotes of sources without a text', async ({ page }) => {
  const { reader } = await openDashboard(page);
  await expect(reader.getByRole('heading', { level: 3 }).first()).toHaveText(
    'Mali : Coopération renforcée avec la Russie, Diop et Camara à Moscou',
  );
  await expect(reader.getByText('non daté', { exact: true }).first()).toBeVisible();
  // The quotes of sources without a text are folded under the article, one click away.
  await expect(reader.getByText('Moscow, February 28, 2024')).toBeHidden();
  await reader.getByRole('heading', { name: /^Citations des sources sans texte intégral/ }).click();
  // The article has no link; the context sources that have one show it, by site name.
  await expect(reader.getByRole('link')).toHaveCount(2);
  const link = reader.getByRole('link', { name: 'mid.ru (nouvel onglet)' });
  await expect(link).toHaveAttribute('href', /^https:\/\/mid\.ru\//);
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(reader.getByText('Moscow, February 28, 2024')).toBeVisible();
});

test('works from the keyboard: a sector header filters, a table header sorts, a cell selects', async ({ page }) => {
  const { matrix, table } = await openDashboard(page);
  const security = matrix.getByRole('button', { name: 'Filtrer sur le secteur Sécurité' });
  await security.focus();
  await page.keyboard.press('Space');
  await expect(table.locator('tbody tr')).toHaveCount(8);
  await page.keyboard.press('Enter');
  await expect(table.locator('tbody tr')).toHaveCount(12);

  const partnerHeader = table.getByRole('columnheader', { name: /Partenaire/ });
  await partnerHeader.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(partnerHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('rowheader').first()).toContainText('Burkina Faso');
  await page.keyboard.press('Enter');
  await expect(partnerHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('rowheader').first()).toContainText('Turquie');

  await matrix.getByRole('button', { name: 'France, sécurité : terminé' }).focus();
  await page.keyboard.press('Enter');
  await expect(table.getByRole('button', { name: 'Voir dans la source : France, sécurité' })).toHaveAttribute('aria-pressed', 'true');
  await saveScreenshot(page, 'sectors-keyboard-desktop');
});

test('has no accessibility violations with the views drawn, a selection made and extras open', async ({ page }) => {
  const { matrix, reader, table } = await openDashboard(page);
  await matrix.getByRole('button', { name: 'Russie, énergie : en discussion' }).click();
  await foldDetails(page);
  await reader.getByRole('button', { name: /^La Russie, la Chine et la Turquie figurent/ }).click();
  await reader.getByRole('checkbox', { name: 'Afficher toutes les traductions' }).check();
  await table.getByText('2 citations').first().click();
  const results = await new AxeBuilder({ page })
    .include('.view-region--sectors')
    .include('.view-region--source')
    .include('.view-region--table')
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await saveScreenshot(page, 'sectors-extras-open-desktop');
});
