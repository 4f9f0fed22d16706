import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { latestOf } from '../../derive/datasetOn';
import type { Dataset, Partnership } from '../../data/indexDataset';
import { matrixRowIdOf, type SectorBreakdown } from '../../derive/toSectorBreakdown';
import { MATRIX_PAGE, toShownMatrixRows } from '../../derive/toShownMatrixRows';
import { useAppStore } from '../../state/store';
import { computeMatrixColumns, computeMatrixRows, MATRIX_FONT, matrixLabelWidth } from './matrixLayout';
import type { CellBox } from './MatrixCell';
import { MatrixHeaders } from './MatrixHeaders';
import { MatrixMore } from './MatrixMore';
import { MatrixRow } from './MatrixRow';
import { SectorTooltip, type SectorTip } from './SectorTooltip';
import { useMatrixKeyboard, type MatrixGrid } from './useMatrixKeyboard';
import { useElementWidth } from '../shared/useElementWidth';
import { capLabel } from '../../text/capLabel';
import type { EntityRef } from '../../model/entityRef';
import { useLang, useMessages } from '../../state/useMessages';

/** How many rows the matrix draws in the task that measures its width; the rest follow. */
const FIRST_ROWS = 8;

interface SectorMatrixProps {
  dataset: Dataset;
  breakdown: SectorBreakdown;
  /**
   * Every row the matrix can have, whatever the filters: the names' column is as wide as the
   * longest of them, so a filter moves no column and leaves the rows it does not change alone.
   */
  everyRow: readonly { label: string }[];
  activeSectors: readonly string[];
  onToggleSector: (id: string) => void;
  onSelect: (pick: EntityRef) => void;
  onHover: (pick: EntityRef | null) => void;
}

/**
 * The partner x sector matrix under its title: one row per partner, one column per sector, a
 * status mark per partnership. Many partners open on the first rows, with a control for the rest.
 * The matrix itself re-renders when the filters, the rows shown or the tab stop change; hover and
 * selection reach only the rows and cells they change (see `MatrixRow` and `MatrixCell`).
 */
export function SectorMatrix({ dataset, breakdown, everyRow, activeSectors, onToggleSector, onSelect, onHover }: SectorMatrixProps) {
  const t = useMessages();
  const lang = useLang();
  const boxRef = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(boxRef, 640);
  const width = measured ?? 640;
  const [tip, setTip] = useState<SectorTip | null>(null);

  // How many rows a person asked for, forgotten when another dataset loads, not when the date or
  // the point of view moves within it. All of two hundred partners is a few thousand cells: as a
  // transition, React renders them in slices that leave the page responsive, and only the commit
  // is one task.
  const loaded = latestOf(dataset).json;
  const [asked, setAsked] = useState({ loaded, limit: MATRIX_PAGE });
  const limit = asked.loaded === loaded ? asked.limit : MATRIX_PAGE;
  const setLimit = useCallback((next: number) => startTransition(() => setAsked({ loaded, limit: next })), [loaded]);
  const selectedRowId = useAppStore((s) => matrixRowIdOf(dataset, s.selection));
  const shown = useMemo(() => toShownMatrixRows(breakdown.rows, limit, selectedRowId), [breakdown.rows, limit, selectedRowId]);

  // The matrix is drawn in the task that measures its width, which React cannot split: at 5,000
  // partnerships its first page of rows made that task the page's longest (issue 10). It draws
  // its first rows there, and the others a task later, as a transition React renders in slices.
  // Rows are placed by their index alone, so the later rows move nothing already drawn.
  // A date step or another point of view draws every row at once: the matrix is measured already.
  const [allRowsFor, setAllRowsFor] = useState<Dataset['json'] | null>(null);
  const allRows = allRowsFor === loaded;
  useEffect(
    function drawTheOtherRows() {
      if (measured === null || allRows) return;
      const timer = setTimeout(() => startTransition(() => setAllRowsFor(loaded)), 0);
      return () => clearTimeout(timer);
    },
    [measured, allRows, loaded],
  );

  // Columns and rows are placed apart, so that more rows leave the columns (and every row
  // already drawn) as they were.
  const sectorLabels = useMemo(
    () => breakdown.sectors.map((s) => ({ id: s.id, label: capLabel(s.name[lang]) })),
    [breakdown.sectors, lang],
  );
  const labelWidth = useMemo(() => matrixLabelWidth(everyRow), [everyRow]);
  const layout = useMemo(() => computeMatrixColumns(width, sectorLabels, labelWidth), [width, sectorLabels, labelWidth]);
  const { x } = layout;
  const {
    top,
    band: rh,
    step,
    height,
  } = useMemo(() => computeMatrixRows(layout.headerHeight, shown.rows), [layout.headerHeight, shown.rows]);

  const grid = useMemo<MatrixGrid>(
    () => ({
      rows: shown.rows.length,
      cols: breakdown.sectors.length,
      rowIds: shown.rows.map((r) => r.id),
      colIds: breakdown.sectors.map((s) => s.id),
      filled: (row, col) => Boolean(shown.rows[row]?.cells[col]),
    }),
    [shown.rows, breakdown.sectors],
  );
  const keyboard = useMatrixKeyboard(grid);

  const visibleWidth = Math.min(width, layout.width);
  const showTip = useCallback(
    (p: Partnership, box: CellBox) => {
      const scroll = boxRef.current?.scrollLeft ?? 0;
      setTip({ partnership: p, left: box.x + box.width / 2 - scroll, top: box.y, bottom: box.y + box.height, boxWidth: visibleWidth });
      onHover({ kind: 'partnership', id: p.id });
    },
    [visibleWidth, onHover],
  );
  const hideTip = useCallback(() => {
    setTip(null);
    onHover(null);
  }, [onHover]);

  const cut = shown.hidden > 0 ? { first: shown.first, total: shown.total } : null;
  const pinnedTop = shown.pinned ? top(shown.rows.length - 1) : 0;

  return (
    <>
      <h3 className="sectors-view__title">{cut ? t.sectors.matrixTitleCut(cut.first, cut.total) : t.sectors.matrixTitle}</h3>
      {breakdown.rows.length === 0 && <p className="sectors-view__empty">{t.sectors.noRows}</p>}
      <div className="sector-matrix">
        <div ref={boxRef} className="sector-matrix__box">
          {measured !== null && (
            <svg
              width={layout.width}
              height={height}
              role="group"
              aria-label={cut ? `${t.sectors.matrixLabel}${t.sectors.matrixLabelCut(cut.first, cut.total)}` : t.sectors.matrixLabel}
              fontSize={MATRIX_FONT}
              onFocus={keyboard.onFocus}
              onKeyDown={keyboard.onKeyDown}
            >
              <MatrixHeaders
                sectors={breakdown.sectors}
                activeSectors={activeSectors}
                x={x}
                angle={layout.headerAngle}
                height={layout.headerHeight}
                stopCol={keyboard.stop?.row === -1 ? keyboard.stop.col : null}
                onToggleSector={onToggleSector}
              />
              {shown.pinned && (
                <line
                  className="matrix-pinned-rule"
                  x1={4}
                  x2={layout.width - 2}
                  y1={pinnedTop - (step - rh) / 2}
                  y2={pinnedTop - (step - rh) / 2}
                />
              )}
              {shown.rows.map((row, index) =>
                !allRows && index >= FIRST_ROWS && row !== shown.pinned ? null : (
                  <MatrixRow
                    key={row.id}
                    dataset={dataset}
                    row={row}
                    index={index}
                    sectors={breakdown.sectors}
                    x={x}
                    top={top(index)}
                    height={rh}
                    labelWidth={layout.labelWidth}
                    width={layout.width}
                    stopCol={keyboard.stop?.row === index ? keyboard.stop.col : null}
                    onSelect={onSelect}
                    onHover={onHover}
                    onShow={showTip}
                    onHide={hideTip}
                  />
                ),
              )}
            </svg>
          )}
        </div>
        <MatrixMore shown={shown} onLimit={setLimit} />
        {tip && <SectorTooltip dataset={dataset} anchor={tip} />}
      </div>
    </>
  );
}
