import { useId, useMemo, useState } from 'react';
import type { Dataset } from '../../data/indexDataset';
import { DEFAULT_SORT, nextTableSort, sortTableRows, TABLE_COLUMNS, type TableColumn } from '../../derive/sortTableRows';
import { searchTableRows, toTableRows } from '../../derive/tableRows';
import { useLang, useMessages } from '../../i18n/messages';
import { useAppStore } from '../../state/store';
import { useFilteredPartnerships, useHoverHighlight, useSelectionHighlight } from '../../state/selectors';
import { PartnershipRow } from './PartnershipRow';
import { SortHeader } from './SortHeader';
import './table.css';

/**
 * Every partnership that passes the shared filters, as a real table: the accessible alternative
 * to the charts, sortable by each column and searchable by any word a reader can see in it.
 * The search narrows this table only; the shared filters narrow every view.
 */
export default function TableView({ dataset }: { dataset: Dataset }) {
  const t = useMessages();
  const lang = useLang();
  const searchId = useId();
  const partnerships = useFilteredPartnerships(dataset);
  const selected = useSelectionHighlight(dataset);
  const hovered = useHoverHighlight(dataset);
  const selection = useAppStore((s) => s.selection);
  const filtersOn = useAppStore((s) => {
    const f = s.filters;
    return f.statuses.length + f.sectors.length + f.kinds.length > 0 || f.search.trim() !== '';
  });
  const select = useAppStore((s) => s.select);
  const setHover = useAppStore((s) => s.setHover);
  const [sort, setSort] = useState(DEFAULT_SORT);
  const [query, setQuery] = useState('');

  const rows = useMemo(() => toTableRows(dataset, partnerships, lang, t), [dataset, partnerships, lang, t]);
  const shown = useMemo(() => sortTableRows(searchTableRows(rows, query), sort, lang), [rows, query, sort, lang]);
  const onSort = (column: TableColumn) => setSort((s) => nextTableSort(s, column));

  return (
    <div className="table-view">
      <div className="table-view__tools">
        <label htmlFor={searchId}>{t.table.searchLabel}</label>
        <div className="table-view__search">
          <input
            id={searchId}
            type="search"
            value={query}
            placeholder={t.table.searchPlaceholder}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setQuery(e.target.value)}
          />
          {query && (
            <button type="button" className="chip-button" onClick={() => setQuery('')}>
              {t.table.clearSearch}
            </button>
          )}
        </div>
        <p role="status" className="table-view__count">
          {t.table.shown(shown.length, dataset.partnerships.length)}
          {filtersOn ? ` (${t.table.sharedFilters})` : ''}
        </p>
      </div>
      <div className="table-view__scroll">
        <table className="partnership-table">
          <caption>
            {t.table.caption(dataset.json.title[lang])}
            <span className="visually-hidden">, {t.table.sortedBy(t.table.columns[sort.column], t.table.directions[sort.direction])}</span>
          </caption>
          <thead>
            <tr>
              {TABLE_COLUMNS.map((column) => (
                <SortHeader key={column} column={column} sort={sort} onSort={onSort} />
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <PartnershipRow
                key={row.id}
                dataset={dataset}
                row={row}
                selected={selection?.kind === 'partnership' && selection.id === row.id}
                lit={selected.partnerships.has(row.id)}
                hovered={hovered.partnerships.has(row.id)}
                partnerSelected={selection?.kind === 'actor' && selection.id === row.partnerId}
                onSelect={select}
                onHover={setHover}
              />
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <p className="table-view__empty">{query.trim() ? t.table.noMatch(query.trim()) : t.table.noRows}</p>}
    </div>
  );
}
