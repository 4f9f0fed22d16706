import type { TableRow } from '../derive/tableRows';

/**
 * Columns that keep stable, machine-friendly names in every language, so a spreadsheet or a
 * script built on one export reads the next; names and labels inside are in the reader's language.
 */
export const CSV_COLUMNS = [
  'id',
  'focus_id',
  'focus',
  'partner_id',
  'partner',
  'sector_id',
  'sector',
  'status',
  'trend',
  'summary',
  'evidence_count',
  'evidence_quotes',
  'evidence_translations_en',
  'evidence_sources',
  'evidence_statuses',
  'evidence_dates',
  'evidence_end_dates',
  'evidence_events',
] as const;

/**
 * A last column for a dataset a `?data=` link named: the host it was loaded from, on every row,
 * so a row copied elsewhere still says whose data it is. The site's own data has no such column.
 */
export const DATA_HOST_COLUMN = 'data_host';

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula,
 * which a hostile dataset could use to run commands; a leading quote makes it plain text (OWASP).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One RFC 4180 cell: quoted when it holds a comma, a quote or a line break, quotes doubled. */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toRecord(row: TableRow): (string | number)[] {
  // Several quotes share one cell, one a line, so each partnership stays one row, as in the table.
  const lines = (values: string[]) => values.join('\n');
  return [
    row.id,
    row.focusId,
    row.focusName,
    row.partnerId,
    row.partnerName,
    row.sectorId,
    row.sectorName,
    row.status,
    row.trend ?? '',
    row.summary,
    row.evidence.length,
    lines(row.evidence.map((e) => e.quote ?? '')),
    lines(row.evidence.map((e) => e.translation ?? '')),
    lines(row.evidence.map((e) => e.sourceTitle)),
    // Each claim's status and dates, one a line in the order of its quote, so a reader sees which
    // source says what and when, and where they disagree; `status` above is the one on the date shown.
    lines(row.evidence.map((e) => e.status)),
    lines(row.evidence.map((e) => e.date ?? '')),
    lines(row.evidence.map((e) => e.endDate ?? '')),
    lines(row.evidence.map((e) => e.event ?? '')),
  ];
}

/**
 * The table's rows as CSV: a byte-order mark so Excel reads the accents as UTF-8, CRLF line ends
 * as RFC 4180 asks, one header line, one line per partnership; and the data's host, when a link
 * named the data.
 */
export function toPartnershipsCsv(rows: readonly TableRow[], dataHost: string | null = null): string {
  const columns: readonly string[] = dataHost ? [...CSV_COLUMNS, DATA_HOST_COLUMN] : CSV_COLUMNS;
  const record = (row: TableRow) => (dataHost ? [...toRecord(row), dataHost] : toRecord(row));
  const lines = [columns.join(','), ...rows.map((row) => record(row).map(csvField).join(','))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
