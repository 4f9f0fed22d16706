import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../../data/indexDataset';
import { latestOf } from '../../derive/datasetOn';
import { useViewPicks, ViewPicksContext } from '../../state/interaction';
import { DEFAULT_SORT, nextTableSort, sortTableRows, TABLE_COLUMNS, type TableColumn } from '../../derive/sortTableRows';
import { pickTableRows, toTableRows } from '../../derive/tableRows';
import { useFilteredPartnerships } from '../../state/selectors';
import { useViewFilters } from '../../state/stagedFilters';
import { PartnershipRow } from './PartnershipRow';
import { PinnedRows } from './PinnedRows';
import { ShowMoreRows } from './ShowMoreRows';
import { SortHeader } from './SortHeader';
import { TABLE_PAGE_SIZE } from './tablePaging';
import { CARD_FORM_BELOW, TableCardsContext } from './tableForm';
import { useElementWidth } from '../shared/useElementWidth';
import { DataMessage } from '../../ui/DataText';
import { TITLE_MAX } from '../../text/capLabel';
import './table.css';
import { useLang, useMessages } from '../../state/useMessages';

/**
 * Every partnership that passes the shared filters, as a real table: the accessible alternative
 * to the charts, sortable by each column and searchable by any word a reader can see in it.
 * The search narrows this table only; the shared filters narrow every view. Sort and search work
 * on every row; the table lists the first page of the result, more on demand, and the selected
 * rows past that page apart at the top.
 */
export default function TableView({ dataset }: { dataset: Dataset }) {
  const picks = useViewPicks('table');
  const t = useMessages();
  const lang = useLang();
  const searchId = useId();
  const partnerships = useFilteredPartnerships(dataset);
  const f = useViewFilters();
  const filtersOn = f.statuses.length + f.sectors.length + f.kinds.length > 0 || f.search.trim() !== '';
  const [sort, setSort] = useState(DEFAULT_SORT);
  const [query, setQuery] = useState('');

  // Rows are built and sorted once per dataset, language and sort, and the filters and the search
  // only pick among them: a filter click walks the list, and a row keeps its object, so a row
  // listed before and after the click is not drawn again.
  const rows = useMemo(() => toTableRows(dataset, dataset.partnerships, lang, t), [dataset, lang, t]);
  const sorted = useMemo(() => sortTableRows(rows, sort, lang), [rows, sort, lang]);
  const shown = useMemo(() => pickTableRows(sorted, partnerships, query), [sorted, partnerships, query]);
  const onSort = (column: TableColumn) => setSort((s) => nextTableSort(s, column));
  // The card form is laid out by a container query (table.css); the cards also show their quotes
  // unfolded, which this width decides, before the first paint.
  const viewRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewRef, CARD_FORM_BELOW);
  const cards = width !== null && width < CARD_FORM_BELOW;

  // The rows listed beyond the first page belong to the list they were asked for: another
  // dataset, search, sort or filter starts again from its own first page (a filter set and
  // cleared again too: the filters are another object). A date step keeps them, as it keeps the
  // rows of the sector matrix: the reader is following the same list through time.
  const loaded = latestOf(dataset).json;
  const [page, setPage] = useState({ loaded, sort, query, filters: f, limit: TABLE_PAGE_SIZE });
  const limit = page.loaded === loaded && page.sort === sort && page.query === query && page.filters === f ? page.limit : TABLE_PAGE_SIZE;
  const listed = useMemo(() => shown.slice(0, limit), [shown, limit]);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const firstNewRow = useRef<number | null>(null);
  const showUpTo = (next: number) => {
    firstNewRow.current = listed.length;
    setPage({ loaded, sort, query, filters: f, limit: next });
  };
  useEffect(
    function focusFirstNewRow() {
      // A keyboard reader who asked for more rows goes on from the first of them, not from the end of the table.
      const index = firstNewRow.current;
      firstNewRow.current = null;
      if (index !== null) bodyRef.current?.rows[index]?.querySelector<HTMLElement>('.table-partner button')?.focus();
    },
    [limit],
  );

  return (
    <ViewPicksContext value={picks}>
      <div ref={viewRef} className="table-view">
        <div className="table-view__tools">
          <label htmlFor={searchId} className="screen-only">
            {t.table.searchLabel}
          </label>
          <div className="table-view__search screen-only">
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
              <button type="button" className="button button--pill chip-button" onClick={() => setQuery('')}>
                {t.table.clearSearch}
              </button>
            )}
          </div>
          <p role="status" className="table-view__count">
            {t.table.shown(shown.length, dataset.partnerships.length)}
            {filtersOn ? ` (${t.table.sharedFilters})` : ''}
            {listed.length < shown.length ? `${t.semicolon}${t.table.listed(listed.length)}` : ''}
          </p>
        </div>
        <div className="table-view__scroll">
          <TableCardsContext.Provider value={cards}>
            <table className="partnership-table">
              <caption>
                <span className="table-view__in-sight">
                  <DataMessage message={t.table.caption} texts={[dataset.json.title[lang]]} max={TITLE_MAX} />
                </span>
                <span className="visually-hidden">
                  , {t.table.sortedBy(t.table.columns[sort.column], t.table.directions[sort.direction])}
                </span>
              </caption>
              <thead>
                <tr data-sort-label={t.table.sortBy}>
                  {TABLE_COLUMNS.map((column) => (
                    <SortHeader key={column} column={column} sort={sort} onSort={onSort} />
                  ))}
                </tr>
              </thead>
              <PinnedRows dataset={dataset} rows={shown} listed={listed.length} />
              <tbody ref={bodyRef}>
                {listed.map((row) => (
                  <PartnershipRow key={row.id} dataset={dataset} row={row} />
                ))}
              </tbody>
            </table>
          </TableCardsContext.Provider>
        </div>
        <ShowMoreRows listed={listed.length} total={shown.length} onShow={showUpTo} />
        {shown.length === 0 && <p className="table-view__empty">{query.trim() ? t.table.noMatch(query.trim()) : t.table.noRows}</p>}
      </div>
    </ViewPicksContext>
  );
}
