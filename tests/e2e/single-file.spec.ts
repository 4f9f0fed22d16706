import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { expect, saveScreenshot, test } from './support/test';

// `npm run build` makes dist-single/index.html beside the ordinary site.
const singleFile = resolve(process.env.E2E_SINGLE ?? 'dist-single/index.html');

test('the one-file build works from file:// with the network cut off', async ({ page, context }) => {
  expect(existsSync(singleFile), `${singleFile} is missing: run npm run build first`).toBe(true);
  await context.setOffline(true);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(singleFile).href);
  await expect(page.getByRole('heading', { level: 1, name: 'Les partenariats du Mali' })).toBeVisible();
  const map = page.getByRole('region', { name: 'Carte' });
  await expect(map.locator('path.map-country').first()).toBeAttached({ timeout: 15_000 });
  await expect(map.locator('path.map-link')).toHaveCount(8);
  await expect(page.getByRole('region', { name: 'Réseau' }).locator('.network-node')).toHaveCount(11);
  await expect(page.getByRole('region', { name: 'Secteurs' }).getByRole('group', { name: /Matrice des partenariats/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Texte de la source' })).toContainText('Diop et Camara ont réaffirmé');
  await saveScreenshot(page, 'single-file-offline');
  expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
});
