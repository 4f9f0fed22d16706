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

export function csvCell(fileName: string, row: number, column?: { index: number; header: string }): string {
  const at = `${fileName}, row ${row}`;
  if (!column) return at;
  const name = column.header.trim() ? ` (${column.header.trim()})` : '';
  return `${at}, column ${columnLetter(column.index)}${name}`;
}
