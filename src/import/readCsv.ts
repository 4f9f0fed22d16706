import Papa from 'papaparse';
import { inFile, type DataIssue, type Result } from '../data/dataIssue';
import type { Problem } from '../data/problem';
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
    const problem: Problem =
      error.code === 'MissingQuotes'
        ? { code: 'csvUnclosedQuote' }
        : error.code === 'InvalidQuotes'
          ? { code: 'csvStrayQuote' }
          : { code: 'csvUnreadable', detail: error.message };
    issues.push({ at: csvCell(fileName, row), problem });
  }
  if (stoppedAtLimit) {
    issues.push(inFile(fileName, { code: 'csvTooManyRows', limit: LIMITS.rows }));
  }
  const [head, ...body] = records;
  if (!head) return { ok: false, issues: [...issues, inFile(fileName, { code: 'csvNoHeader' })] };
  if (issues.length > 0) return { ok: false, issues };

  const headers = head.cells.map((h) => h.trim());
  if (headers.length > LIMITS.columns) {
    return {
      ok: false,
      issues: [
        { at: csvCell(fileName, head.number), problem: { code: 'csvTooManyColumns', count: headers.length, limit: LIMITS.columns } },
      ],
    };
  }
  const rows = body.map((record) => {
    record.cells.forEach((cell, index) => {
      const column = { index, header: headers[index] ?? '' };
      if (cell.length > LIMITS.cellLength) {
        issues.push({
          at: csvCell(fileName, record.number, column),
          problem: { code: 'csvCellTooLong', length: cell.length, limit: LIMITS.cellLength },
        });
      } else if (index >= headers.length && cell.trim() !== '') {
        issues.push({
          at: csvCell(fileName, record.number, column),
          problem: { code: 'csvExtraCells', columns: headers.length, delimiter: parsed.meta.delimiter },
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
