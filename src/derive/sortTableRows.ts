import { memoizeLast } from './memoizeLast';
import type { TableRow } from './tableRows';
import { type Trend, statusRank } from '../model/statuses';
import type { Lang } from '../model/lang';

export const TABLE_COLUMNS = ['partner', 'sector', 'status', 'trend', 'summary', 'evidence'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface TableSort {
  column: TableColumn;
  direction: SortDirection;
}

/** The table opens sorted by status, strongest first: the order of the matrix and the legend. */
export const DEFAULT_SORT: TableSort = { column: 'status', direction: 'ascending' };

const TREND_ORDER: Record<Trend, number> = { strengthening: 0, stable: 1, weakening: 2 };

/** A sort key: a number, a text, or null when the row has no value (always placed last). */
type Key = number | string | null;

const KEYS: Record<TableColumn, (row: TableRow) => Key> = {
  partner: (r) => r.partnerName,
  sector: (r) => r.sectorName,
  status: (r) => statusRank(r.status),
  trend: (r) => (r.trend ? TREND_ORDER[r.trend] : null),
  summary: (r) => r.summary,
  evidence: (r) => r.evidence.length,
};

/**
 * One collator per language, built once: building it is cheap after the first, but the first
 * `Intl` object of a page loads the collation data, which is the costly part of a first render.
 */
const collatorFor = memoizeLast((lang: Lang) => new Intl.Collator(lang, { sensitivity: 'base', numeric: true }));

/**
 * Each distinct text's place in the collator's order, texts the collator finds equal sharing one.
 * Sorting thousands of rows then compares numbers: a collator comparison in every one of the
 * sort's comparisons took most of the table's first render at 5,000 partnerships (issue 10).
 */
function collationRanks(texts: Iterable<string>, collator: Intl.Collator): Map<string, number> {
  const ranks = new Map<string, number>();
  let rank = -1;
  let previous: string | undefined;
  for (const text of [...new Set(texts)].sort(collator.compare)) {
    if (previous === undefined || collator.compare(previous, text) !== 0) rank += 1;
    ranks.set(text, rank);
    previous = text;
  }
  return ranks;
}

/** A row with its sort keys as numbers: the column's (null when it has none), then the ties'. */
interface Keyed {
  row: TableRow;
  key: number | null;
  status: number;
  partner: number;
}

/**
 * Sorts rows by one column. Ties fall back to the strongest status, then the partner's name,
 * then dataset order, so equal rows never swap between renders. Rows without a value (no trend)
 * go last whichever the direction, as a missing value is not "less" than any other.
 */
export function sortTableRows(rows: readonly TableRow[], sort: TableSort, lang: Lang): TableRow[] {
  const collator = collatorFor(lang);
  const key = KEYS[sort.column];
  const keys = rows.map(key);
  const texts = collationRanks(
    keys.filter((k): k is string => typeof k === 'string'),
    collator,
  );
  const partners = collationRanks(
    rows.map((r) => r.partnerName),
    collator,
  );
  const keyed: Keyed[] = rows.map((row, i) => {
    const k = keys[i] ?? null;
    return {
      row,
      key: typeof k === 'string' ? (texts.get(k) ?? 0) : k,
      status: statusRank(row.status),
      partner: partners.get(row.partnerName) ?? 0,
    };
  });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return keyed
    .sort((x, y) => {
      if (x.key === null || y.key === null) {
        if (x.key !== y.key) return x.key === null ? 1 : -1;
      } else if (x.key !== y.key) {
        return (x.key - y.key) * sign;
      }
      return x.status - y.status || x.partner - y.partner || x.row.sectorIndex - y.row.sectorIndex || x.row.index - y.row.index;
    })
    .map((k) => k.row);
}

/** The sort after a click on a column header: the same column flips, another starts ascending. */
export function nextTableSort(current: TableSort, column: TableColumn): TableSort {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
