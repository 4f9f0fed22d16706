import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../../src/cli/validateCommand';
import { folderWithArticle, memoryIo, removeFolders } from './memoryIo';

afterAll(removeFolders);

describe('npm run validate', () => {
  it('accepts the shipped dataset and the CSV template with one summary line each', async () => {
    const io = memoryIo(resolve('public/data'));
    expect(await runValidate(['partnerships.json', 'partnerships-template.csv'], io)).toBe(0);
    expect(io.out().split('\n')).toEqual([
      expect.stringMatching(/^partnerships\.json: valid: \d+ actors, \d+ partnerships, \d+ sources, schema version 2$/),
      'partnerships-template.csv: valid: 5 actors, 4 partnerships, 1 source, schema version 2 (converted from CSV)',
      '',
    ]);
  });

  it("reports each broken file's problems with their place, as the app words them, and exits with 1", async () => {
    const folder = folderWithArticle();
    const json = JSON.parse(readFileSync(resolve('public/data/partnerships.json'), 'utf8'));
    json.partnerships[2].sector = 'enrgy';
    writeFileSync(join(folder, 'bad.json'), JSON.stringify(json, null, 2));
    writeFileSync(join(folder, 'cut.json'), '{\n  "schemaVersion": 2,\n');
    writeFileSync(join(folder, 'bad.csv'), 'actor,partner,sector,status,quote\nMali,Atlantis,security,active,"Some words."\n');

    const io = memoryIo(folder);
    expect(await runValidate(['bad.json', 'cut.json', 'bad.csv', 'gone.json'], io)).toBe(1);
    expect(io.out().split('\n')).toEqual([
      'bad.json (partnerships[2].sector): unknown sector "enrgy"',
      expect.stringMatching(/^cut\.json, line 3, column 1: /),
      expect.stringMatching(/^bad\.csv, row 2, column B \(partner\): .*Atlantis/),
      'gone.json: no such file',
      '',
    ]);
  });

  it.each([
    [[], 'name at least one file'],
    [['--strict', 'partnerships.json'], "Unknown option '--strict'"],
  ])('refuses %j on standard error with exit code 2', async (argv, message) => {
    const io = memoryIo(folderWithArticle());
    expect(await runValidate(argv, io)).toBe(2);
    expect(io.err()).toContain(`validate: ${message}`);
    expect(io.out()).toBe('');
  });

  it('reads a dataset from standard input given -', async () => {
    const io = memoryIo(folderWithArticle(), readFileSync(resolve('public/data/partnerships.json'), 'utf8'));
    expect(await runValidate(['-'], io)).toBe(0);
    expect(io.out()).toMatch(/^\(standard input\): valid: /);
  });
});
