import type { IssuePlace } from '../data/dataIssue';

/**
 * Where a problem sits in a CSV file, written as a spreadsheet shows it: rows count from 1 with
 * the header as row 1, columns are letters (A, B, ... Z, AA) followed by the column's name.
 * A row number counts records, not lines, so a quote that spans three lines is still one row,
 * as in the spreadsheet the person exported from.
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function csvCell(fileName: string, row: number, column?: { index: number; header: string }): IssuePlace {
  if (!column) return { file: fileName, rows: [row] };
  return { file: fileName, rows: [row], sheetColumn: sheetColumn(column) };
}

/** A column as a spreadsheet names it: its letter, and the header the file gives it. */
export function sheetColumn(column: { index: number; header: string }): { letter: string; header: string } {
  return { letter: columnLetter(column.index), header: column.header.trim() };
}
