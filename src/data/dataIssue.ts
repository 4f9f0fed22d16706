import type { Problem } from './problem';

/**
 * Where a problem sits, in the terms of what the person has in hand: a file and a line and column
 * of its text, rows and a column of a spreadsheet, and a path into the dataset's JSON
 * (`partnerships[3].sector`). Each part is a value; the language on screen words them
 * (`describePlace` in `src/i18n/describeIssue.ts`).
 */
export interface IssuePlace {
  /** The file's name, or where the data was kept ("IndexedDB"). */
  file?: string;
  /** A position in the file's text, counted from 1. */
  line?: number;
  column?: number;
  /** Rows of a spreadsheet, as it numbers them: the header is row 1. */
  rows?: readonly number[];
  /** A column of a spreadsheet: its letter and its header. */
  sheetColumn?: { letter: string; header: string };
  /** A path into the dataset's JSON; empty for the dataset as a whole. */
  path?: string;
}

/** A problem found in a file or a dataset: where it is, and what is wrong (worded by the catalogue). */
export interface DataIssue {
  at: IssuePlace;
  problem: Problem;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: DataIssue[] };

/** An issue at a path of the dataset's JSON. */
export function atPath(path: string, problem: Problem): DataIssue {
  return { at: { path }, problem };
}

/** An issue about a whole file. */
export function inFile(file: string, problem: Problem): DataIssue {
  return { at: { file }, problem };
}

/** Formats a JSON path such as `['partnerships', 3, 'sector']` as `partnerships[3].sector`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
