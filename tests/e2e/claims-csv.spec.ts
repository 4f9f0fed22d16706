import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';
import { openTool } from './support/toolbar';
import { parseCsv } from '../fixtures/parseCsv';

// One claim a row, in French headers: two sources that give Türkiye two statuses, and a period.
const CLAIMS = `acteur,partenaire,secteur,statut,date,date de fin,citation,titre de la source
Mali,Turquie,sécurité,potentiel,2024-02-28,,La Turquie figure parmi les partenaires potentiels.,Article
Mali,Turquie,sécurité,actif,2023-03-16,,Des drones ont été remis à Bamako.,Rapport
Mali,France,sécurité,actif,2013-01-11,2022-08-15,L'opération a duré jusqu'au départ du dernier détachement.,Rapport
`;

async function exportFile(page: Page, button: RegExp): Promise<string> {
  await openTool(page, 'Exporter');
  const dialog = page.getByRole('dialog', { name: 'Exporter un graphique ou les données' });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: button }).click()]);
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  return readFileSync(await download.path()).toString('utf8');
}

test('a CSV of one claim a row keeps two statuses of one pair as two claims, a period as its dates, and exports them again', async ({
  page,
}) => {
  await page.goto('./');
  const picker = page.getByLabel('Charger un fichier (CSV ou JSON)');
  await expect(picker).toBeAttached();

  // A period that ends before it starts is the one contradiction a row can hold: refused at its cell.
  await picker.setInputFiles({
    name: 'reversed.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'acteur,partenaire,secteur,statut,date,date de fin,citation\nMali,France,sécurité,actif,2022-08-15,2013-01-11,A.\n',
    ),
  });
  const problems = page.getByRole('dialog', { name: '« reversed.csv » n’a pas été chargé' });
  await expect(problems).toContainText('la période finit le 2013-01-11, avant de commencer le 2022-08-15');
  await expect(problems).toContainText('colonne F (date de fin)');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Les partenariats du Mali' })).toBeVisible();

  // Two statuses for Mali and Türkiye were refused as a conflict; they are now two claims, and load.
  await picker.setInputFiles({ name: 'claims.csv', mimeType: 'text/csv', buffer: Buffer.from(CLAIMS) });
  await expect(page.getByRole('status').filter({ hasText: '« claims.csv » est chargé : 2 partenariats.' })).toBeVisible();
  const table = page.getByRole('region', { name: 'Tableau des partenariats' });
  const turkiye = table.getByRole('row').filter({ has: page.getByRole('button', { name: 'Sélectionner Turquie' }) });
  const france = table.getByRole('row').filter({ has: page.getByRole('button', { name: 'Sélectionner France' }) });
  // The article's later "potential" is the status on the latest date; the period ended in 2022.
  await expect(turkiye).toContainText('potentiel');
  await expect(turkiye).toContainText('2 citations');
  await expect(france).toContainText('terminé');
  await saveScreenshot(page, 'claims-csv-loaded');

  const csv = parseCsv((await exportFile(page, /^CSV/)).replace(/^\ufeff/, ''));
  const column = (row: string[] | undefined, name: string) => row?.[csv[0]!.indexOf(name)];
  const turkiyeRow = csv.find((row) => row[3] === 'TUR');
  const franceRow = csv.find((row) => row[3] === 'FRA');
  expect(column(turkiyeRow, 'status')).toBe('potential');
  expect(column(turkiyeRow, 'evidence_statuses')).toBe('potential\nactive');
  expect(column(turkiyeRow, 'evidence_dates')).toBe('2024-02-28\n2023-03-16');
  expect(column(franceRow, 'status')).toBe('ended');
  expect([column(franceRow, 'evidence_statuses'), column(franceRow, 'evidence_dates'), column(franceRow, 'evidence_end_dates')]).toEqual([
    'active',
    '2013-01-11',
    '2022-08-15',
  ]);

  const json = JSON.parse(await exportFile(page, /^JSON/)) as {
    schemaVersion: number;
    partnerships: { actors: string[]; status?: string; evidence: { status: string; date?: string; endDate?: string }[] }[];
  };
  expect(json.schemaVersion).toBe(2);
  const claims = (partner: string) => json.partnerships.find((p) => p.actors.includes(partner))!;
  expect(claims('TUR').status).toBeUndefined();
  expect(claims('TUR').evidence.map((e) => [e.status, e.date])).toEqual([
    ['potential', '2024-02-28'],
    ['active', '2023-03-16'],
  ]);
  expect(claims('FRA').evidence[0]).toMatchObject({ status: 'active', date: '2013-01-11', endDate: '2022-08-15' });
});
