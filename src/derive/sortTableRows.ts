import type { Trend } from '../data/schema';
import type { Lang } from '../i18n/lang';
import { memoizeLast } from '../state/memoizeLast';
import { statusRank } from './strongestStatus';
import type { TableRow } from './tableRows';

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
 * Sorts rows by one column. Ties fall back to the strongest status, then the partner's name,
 * then dataset order, so equal rows never swap between renders. Rows without a value (no trend)
 * go last whichever the direction, as a missing value is not "less" than any other.
 */
export function sortTableRows(rows: readonly TableRow[], sort: TableSort, lang: Lang): TableRow[] {
  const collator = collatorFor(lang);
  const compare = (a: Key, b: Key) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  const key = KEYS[sort.column];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = key(x);
    const b = key(y);
    if (a === null || b === null) {
      if (a !== b) return a === null ? 1 : -1;
    } else {
      const primary = compare(a, b);
      if (primary !== 0) return primary * sign;
    }
    return (
      statusRank(x.status) - statusRank(y.status) ||
      collator.compare(x.partnerName, y.partnerName) ||
      x.sectorIndex - y.sectorIndex ||
      x.index - y.index
    );
  });
}

/** The sort after a click on a column header: the same column flips, another starts ascending. */
export function nextTableSort(current: TableSort, column: TableColumn): TableSort {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
