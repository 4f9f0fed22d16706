import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';
import { openTool } from './support/toolbar';

// Two articles of the evaluation corpus, written for the project (tests/fixtures/draftCorpus/):
// one French, one English, both about Türkiye and Mali.
const corpus = (name: string) => readFileSync(`tests/fixtures/draftCorpus/${name}`, 'utf8');
const FRENCH = corpus('03-turquie-drones-mali.fr.txt');
const ENGLISH = corpus('14-turkish-drones-mali.en.txt');

const workspaceOf = (page: Page) => page.getByRole('dialog', { name: 'Rédiger des données depuis un article' });

/** Pastes an article, analyses it, accepts every row and merges it into the data on screen through the merge's review. */
async function draftInto(page: Page, text: string, shot: string) {
  const workspace = workspaceOf(page);
  await workspace.getByLabel('Texte de l’article').fill(text);
  await workspace.getByRole('button', { name: 'Analyser' }).click();
  const table = workspace.getByRole('table');
  await expect(table.locator('tbody tr').first()).toBeVisible();
  // Each evidence says which date it speaks of, or that the article's date stands for it.
  await expect(table.getByText(/^Date\s?:/).first()).toBeVisible();
  await page.screenshot({ path: `test-results/screens/${shot}-review.png` });
  await workspace.getByRole('button', { name: 'Tout accepter' }).click();
  await workspace.getByRole('button', { name: 'Fusionner avec les données actuelles' }).click();
  const review = page.getByRole('dialog', { name: /^Fusionner « .* » avec les données actuelles$/ });
  await expect(review).toContainText(/La fusion ajoute \d+ affirmations?/);
  await page.screenshot({ path: `test-results/screens/${shot}-merge.png` });
  // A near-duplicate asks for a decision: the same actor under two ids is the same actor.
  for (const same of await review.getByRole('radio', { name: 'Le même acteur (les fusionner)' }).all()) await same.check();
  await review.getByRole('button', { name: 'Fusionner', exact: true }).click();
  await expect(review).toBeHidden();
  await expect(workspace.getByRole('status').filter({ hasText: 'Cet article est dans les données affichées' })).toBeVisible();
}

test('a person drafts two articles, one after the other, into the data on screen, and both are its sources', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  const rows = page.getByRole('region', { name: 'Tableau des partenariats' }).locator('tbody:not(.table-pinned) tr');
  await expect(rows).toHaveCount(12);
  const sourcesBefore = (await page.getByRole('banner').textContent())?.match(/et (\d+) autres sources/)?.[1];

  await openTool(page, 'Rédiger depuis un article');
  await draftInto(page, FRENCH, 'draft-several-1-fr');
  await draftInto(page, ENGLISH, 'draft-several-2-en');
  await expect(workspaceOf(page).getByRole('status').filter({ hasText: 'Cet article est dans les données affichées' })).toContainText(
    /\(\d+ sources\)/,
  );
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await workspaceOf(page).getByRole('button', { name: 'Fermer' }).click();

  // The data on screen keeps the article's partnerships and gains the two drafts' claims and sources.
  expect(await rows.count()).toBeGreaterThan(12);
  const header = (await page.getByRole('banner').textContent()) ?? '';
  expect(Number(header.match(/et (\d+) autres sources/)?.[1])).toBe(Number(sourcesBefore) + 2);
  // Both articles' headlines are now sources a reader can open.
  for (const text of [FRENCH, ENGLISH]) {
    const title = text.split('\n')[0]!.trim();
    await expect(page.getByText(title, { exact: false }).first()).toBeAttached();
  }
  await saveScreenshot(page, 'draft-several-3-dashboard');
});

test('the review of a draft reads on a phone: each row’s pair, status and date in view', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('./');
  await openTool(page, 'Rédiger depuis un article');
  const workspace = workspaceOf(page);
  await workspace.getByLabel('Texte de l’article').fill(FRENCH);
  await workspace.getByRole('button', { name: 'Analyser' }).click();
  const first = workspace.getByRole('table').locator('tbody tr').first();
  await first.scrollIntoViewIfNeeded();
  await expect(first.getByRole('group')).toHaveAccessibleName(/ – /);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no sideways scroll of the page').toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'test-results/screens/draft-several-375-review.png' });
});
