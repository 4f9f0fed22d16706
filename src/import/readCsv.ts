import Papa from 'papaparse';
import type { DataIssue, Result } from '../data/dataIssue';
import { LIMITS } from './limits';
import { csvCell } from './csvLocation';

export interface CsvRow {
  /** The row number a spreadsheet shows (the header is row 1). */
  number: number;
  /** One cell per header, trimmed; missing cells are empty strings. */
  cells: readonly string[];
}

export interface CsvTable {
  fileName: string;
  delimiter: string;
  headers: readonly string[];
  rows: readonly CsvRow[];
}

/**
 * Reads CSV text into a table of strings. Cells are kept in arrays, never in objects keyed by
 * header, so a column named "__proto__" or "constructor" is just a name. The separator is
 * guessed among comma, semicolon (French Excel) and tab; blank lines are skipped but still
 * counted, so row numbers match the spreadsheet.
 */
export function readCsv(fileName: string, text: string): Result<CsvTable> {
  const issues: DataIssue[] = [];
  const records: { number: number; cells: string[] }[] = [];
  let recordIndex = 0;
  let stoppedAtLimit = false;
  const csvErrors: { row: number; code: string; message: string }[] = [];

  const source = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(source, {
    header: false,
    skipEmptyLines: false,
    delimiter: guessDelimiter(source),
    step: (result, parser) => {
      recordIndex += 1;
      // In step mode papaparse numbers errors within the step, so the record count locates them.
      for (const error of result.errors) csvErrors.push({ row: recordIndex, code: error.code, message: error.message });
      const cells = result.data;
      if (cells.every((cell) => cell.trim() === '')) return;
      if (records.length > LIMITS.rows) {
        stoppedAtLimit = true;
        parser.abort();
        return;
      }
      records.push({ number: recordIndex, cells });
    },
  });

  for (const error of csvErrors) {
    if (error.code === 'UndetectableDelimiter') continue; // one column: nothing to split, not an error
    const row = error.row;
    const message =
      error.code === 'MissingQuotes'
        ? 'a quoted value is never closed; add the missing double quote (") at the end of the value'
        : error.code === 'InvalidQuotes'
          ? 'a double quote (") inside a value must be doubled ("") and the whole value put in double quotes'
          : `the CSV could not be read here (${error.message})`;
    issues.push({ path: csvCell(fileName, row), message });
  }
  if (stoppedAtLimit) {
    issues.push({ path: fileName, message: `the file has more than ${LIMITS.rows} rows, the most this dashboard can show; split it into smaller files` });
  }
  const [head, ...body] = records;
  if (!head) return { ok: false, issues: [...issues, { path: fileName, message: 'the file is empty; the first row must hold the column names' }] };
  if (issues.length > 0) return { ok: false, issues };

  const headers = head.cells.map((h) => h.trim());
  if (headers.length > LIMITS.columns) {
    return { ok: false, issues: [{ path: csvCell(fileName, head.number), message: `the file has ${headers.length} columns; ${LIMITS.columns} at most can be read` }] };
  }
  const rows = body.map((record) => {
    record.cells.forEach((cell, index) => {
      const column = { index, header: headers[index] ?? '' };
      if (cell.length > LIMITS.cellLength) {
        issues.push({ path: csvCell(fileName, record.number, column), message: `this cell holds ${cell.length} characters; ${LIMITS.cellLength} at most are read, so shorten it` });
      } else if (index >= headers.length && cell.trim() !== '') {
        issues.push({
          path: csvCell(fileName, record.number, column),
          message: `this row has more cells than the header has columns (${headers.length}); put values that contain the separator "${displayDelimiter(parsed.meta.delimiter)}" in double quotes`,
        });
      }
    });
    const cells = headers.map((_, i) => (record.cells[i] ?? '').trim());
    return { number: record.number, cells };
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { fileName, delimiter: parsed.meta.delimiter, headers, rows } };
}

/**
 * The separator is the one the header row uses most. Papaparse's own guess weighs every row, and
 * a few values with commas in a semicolon file can tip it the wrong way; column names rarely hold
 * a separator, so the header is the reliable witness.
 */
export function guessDelimiter(text: string): string {
  const header = (text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '').replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => ({ d, n: header.split(d).length - 1 }));
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.d : ',';
}

export function displayDelimiter(delimiter: string): string {
  return delimiter === '\t' ? 'tab' : delimiter;
}
