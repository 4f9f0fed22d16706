import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEFAULT_SEED, SIZES, generateDataset } from '../../bench/generateDataset.mjs';
import { TIME_LIMITS } from '../../src/config/timeLimits';
import { openTool } from './support/toolbar';
import { expect, saveScreenshot, test } from './support/test';

const title = (page: Page) => page.getByRole('heading', { level: 1, name: 'Les partenariats du Mali' });
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function expectNoAxeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('a part of the page whose code cannot be downloaded', () => {
  test('the map says so in its region, the rest of the page stays, and "try again" draws it, styled, once the network is back', async ({
    page,
  }) => {
    let cut = true;
    await page.route(/\/assets\/MapView-[^/]+\.(js|css)$/, (route) => (cut ? route.abort('internetdisconnected') : route.continue()));
    await page.goto('./');

    const map = region(page, 'Carte');
    const failure = map.getByRole('alert');
    await expect(failure).toContainText('« Carte » n’a pas pu s’afficher');
    await expect(failure).toContainText('Une partie du code de la page n’a pas pu être téléchargée');
    await expect(failure.getByText('Détail technique')).toBeVisible();
    // The rest of the page is there and works: the header, the filters, and the views that came after the map.
    await expect(title(page)).toBeVisible();
    await expect(page.getByRole('group', { name: 'Secteur', exact: true })).toBeVisible();
    await expect(region(page, 'Réseau').locator('.network-node')).toHaveCount(11);
    await expectNoAxeViolations(page, '#view-map');
    await saveScreenshot(page, 'never-blank-map-failed');

    cut = false;
    await failure.getByRole('button', { name: 'Réessayer' }).click();
    await expect(map.locator('path.map-country')).not.toHaveCount(0);
    await expect(map.locator('path.map-link')).not.toHaveCount(0);
    await expect(failure).toHaveCount(0);
    // The map's own stylesheet failed with its code, and is asked for again with it.
    await expect(map.locator('.map-frame')).toHaveCSS('isolation', 'isolate');
    await saveScreenshot(page, 'never-blank-map-retried');
  });

  test('offline, every view and dialog says so in English, the header stays, and all of them come back on their own once online', async ({
    page,
    context,
  }) => {
    // The map's code is held until the page is offline, as when the network drops while the title shows.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let offline = false;
    await page.route(/\/assets\/MapView-[^/]+\.js$/, async (route) => {
      await held;
      await (offline ? route.abort('internetdisconnected') : route.continue());
    });
    await page.goto('./?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: "Mali's partnerships" })).toBeVisible();
    await context.setOffline(true);
    offline = true;
    release();

    for (const name of ['Map', 'Network', 'Sectors', 'Partnership table']) {
      await expect(region(page, name).getByRole('alert'), name).toContainText(`“${name}” could not be shown`);
    }
    await expect(region(page, 'Map').getByRole('alert')).toContainText('the connection may be down');
    await expect(page.locator('#root')).not.toBeEmpty();
    await openTool(page, 'Export');
    const dialog = page.getByRole('dialog', { name: 'Export a chart or the data' });
    await expect(dialog.getByRole('alert')).toContainText('“Export a chart or the data” could not be shown');
    await expectNoAxeViolations(page, 'dialog');
    await saveScreenshot(page, 'never-blank-offline-dialog');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
    await saveScreenshot(page, 'never-blank-offline');

    offline = false;
    await context.setOffline(false);
    await expect(region(page, 'Map').locator('path.map-country')).not.toHaveCount(0);
    await expect(region(page, 'Network').locator('.network-node')).toHaveCount(11);
    await expect(region(page, 'Partnership table').locator('tbody tr').first()).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await openTool(page, 'Export');
    await expect(page.getByRole('dialog', { name: 'Export a chart or the data' }).getByRole('button', { name: /^PNG/ })).toBeVisible();
  });
});

test('an error no part of the page catches leaves a message, what failed and a way back, never a blank page', async ({ page }) => {
  // A browser that refuses the tab's title once, as an extension might: the shell's own code fails.
  await page.addInitScript(() => {
    const own = Object.getOwnPropertyDescriptor(Document.prototype, 'title')!;
    let refused = false;
    Object.defineProperty(Document.prototype, 'title', {
      configurable: true,
      get() {
        return own.get!.call(this);
      },
      set(value: string) {
        if (!refused && value.includes('Mali')) {
          refused = true;
          throw new Error('The title was refused');
        }
        own.set!.call(this, value);
      },
    });
  });
  await page.goto('./?sector=energy');
  const failure = page.getByRole('alert');
  await expect(failure.getByRole('heading', { level: 1, name: 'L’atlas a rencontré une erreur' })).toBeVisible();
  await expect(failure.getByRole('heading', { level: 1 })).toBeFocused();
  await failure.getByText('Détail technique').click();
  await expect(failure).toContainText('Error: The title was refused');
  await expect(failure.getByRole('button', { name: 'Recharger la page' })).toBeVisible();
  await expect(failure.getByRole('link', { name: 'Rouvrir la page sans les réglages du lien' })).toHaveAttribute('href', /\/$/);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'never-blank-app-failed');

  await failure.getByRole('button', { name: 'Réessayer' }).click();
  await expect(title(page)).toBeVisible();
  await expect(region(page, 'Carte').locator('path.map-country')).not.toHaveCount(0);
  await expect(page).toHaveTitle(/Les partenariats du Mali/);
});

test('the network is laid out on the page when its worker cannot be fetched, throws, or never answers, never "laying out" for ever', async ({
  page,
}) => {
  let worker: 'fetched' | 'unreachable' | 'throws' | 'silent' = 'fetched';
  await page.route(/\/assets\/layout\.worker-[^/]+\.js$/, (route) => {
    if (worker === 'fetched') return route.continue();
    if (worker === 'unreachable') return route.abort('internetdisconnected');
    if (worker === 'throws')
      return route.fulfill({ contentType: 'text/javascript', body: "self.onmessage = () => { throw new Error('The worker broke'); };" });
    // A worker whose script never arrives: the request is left hanging.
  });
  await page.goto('./');
  const network = region(page, 'Réseau');
  const layingOut = network.getByText('Mise en page du réseau…');
  await expect(network.locator('.network-node')).toHaveCount(11);

  // As when the network drops after the first draw: the next dataset's worker cannot be fetched.
  worker = 'unreachable';
  await page.getByLabel('Charger un fichier (CSV ou JSON)').setInputFiles('tests/fixtures/import/mali-fr.csv');
  await expect(page.getByRole('heading', { level: 1, name: 'Partenariats : Mali' })).toBeVisible();
  await expect(network.locator('.network-node')).toHaveCount(5);
  await expect(layingOut).toHaveCount(0);
  await saveScreenshot(page, 'never-blank-network-on-page');

  worker = 'throws';
  await openTool(page, 'Revenir aux données d’origine');
  await expect(title(page)).toBeVisible();
  await expect(network.locator('.network-node')).toHaveCount(11);
  await expect(layingOut).toHaveCount(0);

  // The page's clock runs on, and is moved past the time limit at once rather than waited for.
  await page.clock.install();
  worker = 'silent';
  await page.getByLabel('Charger un fichier (CSV ou JSON)').setInputFiles('tests/fixtures/import/mali-fr.csv');
  await expect(page.getByRole('heading', { level: 1, name: 'Partenariats : Mali' })).toBeVisible();
  await expect(layingOut).toBeVisible();
  await page.clock.fastForward(TIME_LIMITS.layoutWorkerMs);
  await expect(network.locator('.network-node')).toHaveCount(5);
  await expect(layingOut).toHaveCount(0);
});

test('the details of a focus with 400 partnerships list a page of them under a summary by sector and by partner, and more on request', async ({
  page,
}) => {
  // The benchmark's medium dataset: 400 partnerships of the focus with 59 partners in 9 sectors. The
  // large one (5,000) behaves alike, a page at a time; `bench/measureSelection.mjs` times it.
  const dataset = generateDataset({ ...SIZES.medium, seed: DEFAULT_SEED });
  const focus = dataset.partnerships.filter((p) => p.actors.includes(dataset.focus));
  const countBy = (key: (p: (typeof focus)[number]) => string) => {
    const counts = new Map<string, number>();
    for (const p of focus) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]);
  };
  const bySector = countBy((p) => p.sector);
  const byPartner = countBy((p) => p.actors.find((id) => id !== dataset.focus)!);
  const nameOf = (id: string) => dataset.actors.find((a) => a.id === id)!.name.fr;
  const sectorOf = (id: string) => dataset.sectors.find((s) => s.id === id)!.name.fr;
  const events = dataset.events.filter((e) => e.actors.includes(dataset.focus)).length;
  await page.route('**/bench-data/medium.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }),
  );
  await page.goto('./?data=bench-data/medium.json');

  await region(page, 'Carte').getByRole('button', { name: 'Mali', exact: true }).click();
  const details = page.getByRole('complementary', { name: 'Détails' });
  await expect(details.getByRole('heading', { level: 3, name: 'Mali' })).toBeVisible();
  await expect(details).toContainText(
    `${focus.length} partenariats avec ${byPartner.length} partenaires, dans ${bySector.length} secteurs :`,
  );
  const sectors = details.getByRole('table', { name: 'Par secteur' });
  await expect(sectors.locator('tbody tr')).toHaveCount(bySector.length);
  await expect(sectors.locator('tbody tr').first()).toContainText(`${sectorOf(bySector[0]![0])}${bySector[0]![1]}`);
  const partners = details.getByRole('table', { name: 'Par partenaire' });
  await expect(partners.locator('tbody tr')).toHaveCount(10);
  await expect(partners.getByRole('rowheader').first()).toHaveText(nameOf(byPartner[0]![0]));

  // A page of partnerships, each with its one quote, and the focus's dated events: not 400 of each.
  const listed = details.locator('.partnership-list > li');
  await expect(listed).toHaveCount(20);
  await expect(details.locator('li')).toHaveCount(20 + 20 + events);
  await expect(details.getByText(`Les 20 premiers sur ${focus.length} sont listés.`)).toBeVisible();
  await expectNoAxeViolations(page, '#details');
  await saveScreenshot(page, 'never-blank-details-summary');
  await details.getByRole('button', { name: 'Afficher 20 de plus' }).click();
  await expect(listed).toHaveCount(40);
  await details.getByRole('button', { name: 'Afficher 10 de plus' }).click();
  await expect(partners.locator('tbody tr')).toHaveCount(20);

  // A partner's name leads to the relation: its partnerships alone, all of them listed.
  const [top, many] = byPartner[0]!;
  await partners.getByRole('button', { name: nameOf(top), exact: true }).click();
  // The pair is named in the order of its ids, as a relation picked anywhere else is.
  const pair = [top, dataset.focus].sort().map(nameOf).join(' – ');
  await expect(details.getByRole('heading', { level: 3, name: pair })).toBeVisible();
  await expect(listed).toHaveCount(Math.min(many, 20));
});
