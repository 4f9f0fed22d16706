import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CliIo } from '../../../src/cli/cliIo';

/** A command's input and output kept in memory, run from `cwd`. */
export function memoryIo(cwd: string, stdin = ''): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    cwd,
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    readStdin: async () => new TextEncoder().encode(stdin),
    out: () => out,
    err: () => err,
  };
}

export const SHIPPED_ARTICLE = resolve('public/data/sources/article.fr.txt');

/** A fresh folder holding the shipped article as `sources/article.fr.txt`, as the shipped dataset cites it. */
export function folderWithArticle(): string {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
  made.push(folder);
  mkdirSync(join(folder, 'sources'));
  copyFileSync(SHIPPED_ARTICLE, join(folder, 'sources', 'article.fr.txt'));
  return folder;
}

const made: string[] = [];

/** Removes the folders `folderWithArticle` made, once a file's tests are done. */
export function removeFolders(): void {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
}
