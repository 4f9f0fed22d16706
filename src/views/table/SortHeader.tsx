import type { SortDirection, TableColumn, TableSort } from '../../derive/sortTableRows';
import { useMessages } from '../../state/useMessages';

const ARROWS: Record<SortDirection | 'none', string> = { ascending: '▲', descending: '▼', none: '⇅' };

/**
 * A column header that sorts: a real button inside the `th`, whose state screen readers hear
 * through `aria-sort` on the header itself.
 */
export function SortHeader({ column, sort, onSort }: { column: TableColumn; sort: TableSort; onSort: (column: TableColumn) => void }) {
  const t = useMessages();
  const active = sort.column === column;
  const direction = active ? sort.direction : 'none';
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined} className={`table-head table-head--${column}`}>
      <button type="button" className="table-head__button" onClick={() => onSort(column)} title={t.table.sortHint(t.table.columns[column])}>
        <span>{t.table.columns[column]}</span>
        <span className={`table-head__arrow${active ? ' is-active' : ''}`} aria-hidden="true">
          {ARROWS[direction]}
        </span>
      </button>
    </th>
  );
}
