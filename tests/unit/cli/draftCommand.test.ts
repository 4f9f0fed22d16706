import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDraft } from '../../../src/cli/draftCommand';
import { runValidate } from '../../../src/cli/validateCommand';
import { extractDraft, normalizeArticle } from '../../../src/extract/extractDraft';
import type { DatasetJson } from '../../../src/data/schema';
import { folderWithArticle, memoryIo, removeFolders, SHIPPED_ARTICLE } from './memoryIo';

const article = normalizeArticle(readFileSync(SHIPPED_ARTICLE, 'utf8'));

afterAll(removeFolders);

describe('npm run draft', () => {
  it('drafts the shipped article into a dataset the validator accepts, one partnership per candidate of the extractor', async () => {
    const folder = folderWithArticle();
    const io = memoryIo(folder);
    expect(await runDraft(['sources/article.fr.txt', '--date', '2024-02-28'], io)).toBe(0);
    const json = JSON.parse(io.out()) as DatasetJson;

    const candidates = extractDraft(article).candidates;
    expect(json.partnerships).toHaveLength(candidates.length);
    expect(candidates.length).toBeGreaterThanOrEqual(11);
    expect(json.schemaVersion).toBe(2);
    expect(json.focus).toBe('MLI');
    expect(json.description?.en).toMatch(/not reviewed/);
    expect(json.sources).toEqual([expect.objectContaining({ published: '2024-02-28', text: 'sources/article.fr.txt', language: 'fr' })]);
    const quotes = json.partnerships.flatMap((p) => p.evidence.map((e) => e.quote ?? ''));
    expect(quotes.every((quote) => article.includes(quote))).toBe(true);
    expect(io.err()).toMatch(/none reviewed/);

    writeFileSync(join(folder, 'draft.json'), io.out());
    const check = memoryIo(folder);
    expect(await runValidate(['draft.json'], check)).toBe(0);
    expect(check.out()).toMatch(new RegExp(`^draft\\.json: valid: .*, ${candidates.length} partnerships, 1 source, schema version 2\\n$`));
  });

  it('reads the article from standard input given -, and the focus chosen among the actors it names', async () => {
    const io = memoryIo(folderWithArticle(), article);
    expect(await runDraft(['-', '--focus', 'rus', '--lang', 'fr'], io)).toBe(0);
    const json = JSON.parse(io.out()) as DatasetJson;
    expect(json.focus).toBe('RUS');
    expect(json.sources[0]).not.toHaveProperty('text');
    expect(io.err()).toMatch(/standard input/);
  });

  it.each([
    [['sources/article.fr.txt', '--tone', 'dry'], 2, "Unknown option '--tone'"],
    [['sources/article.fr.txt', '--date', '2024-02-30'], 2, '--date 2024-02-30: this date does not exist'],
    [['sources/article.fr.txt', '--date', '28/02/2024'], 2, '--date 28/02/2024: a date is written YYYY-MM-DD'],
    [['sources/article.fr.txt', '--lang', 'de'], 2, '--lang is fr or en, not "de"'],
    [['sources/article.fr.txt', '--focus', 'USA'], 2, '--focus USA: the article does not name it; it names MLI, RUS'],
    [[], 2, 'name the article file'],
    [['missing.txt'], 1, 'missing.txt: no such file'],
  ])('refuses %j on standard error with exit code %i', async (argv, code, message) => {
    const io = memoryIo(folderWithArticle());
    expect(await runDraft(argv, io)).toBe(code);
    expect(io.err()).toContain(`draft: ${message}`);
    expect(io.out()).toBe('');
  });

  it('prints its usage for --help', async () => {
    const io = memoryIo(folderWithArticle());
    expect(await runDraft(['--help'], io)).toBe(0);
    expect(io.out()).toMatch(/^Usage: npm run draft -- <article.txt \| ->/);
  });
});
