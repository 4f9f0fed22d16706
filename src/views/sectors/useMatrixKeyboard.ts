import { useCallback, useMemo, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { firstPlace, matrixPlaceExists, moveInMatrix, type MatrixPlace, type MatrixShape } from './matrixNavigation';

export interface MatrixGrid extends MatrixShape {
  rowIds: readonly string[];
  colIds: readonly string[];
}

/** The tab stop by ids, so that it stays on the same partner and sector when rows come and go. */
type StopIds = { row: string | null; col: string | null };

const placeOf = (element: EventTarget): MatrixPlace | null => {
  const at = element instanceof Element ? element.getAttribute('data-at') : null;
  const [row, col] = (at ?? '').split(':').map(Number);
  return at && Number.isInteger(row) && Number.isInteger(col) ? { row: row!, col: col! } : null;
};

/**
 * A roving tab stop over the matrix: the whole matrix is one stop in the page's tab order (the
 * place last visited, at first the first sector's name), and the arrow keys move inside it, so a
 * matrix of five thousand cells does not cost five thousand presses of Tab. Every button keeps
 * its role and name, so a screen reader's own reading order still finds each one.
 */
export function useMatrixKeyboard(grid: MatrixGrid) {
  const [ids, setIds] = useState<StopIds | null>(null);

  const stop = useMemo(() => {
    if (ids) {
      const place = {
        row: ids.row === null ? -1 : grid.rowIds.indexOf(ids.row),
        col: ids.col === null ? -1 : grid.colIds.indexOf(ids.col),
      };
      if ((ids.row === null || place.row >= 0) && (ids.col === null || place.col >= 0) && matrixPlaceExists(grid, place)) return place;
    }
    return firstPlace(grid);
  }, [ids, grid]);

  const onFocus = useCallback(
    (event: FocusEvent) => {
      const place = placeOf(event.target);
      if (place)
        setIds({
          row: place.row === -1 ? null : (grid.rowIds[place.row] ?? null),
          col: place.col === -1 ? null : (grid.colIds[place.col] ?? null),
        });
    },
    [grid],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<Element>) => {
      const from = placeOf(event.target);
      if (!from) return;
      const to = moveInMatrix(grid, from, event.key, event.ctrlKey || event.metaKey);
      if (to === null) {
        // An arrow at the matrix's edge stays put rather than scrolling the page under the focus.
        if (event.key.startsWith('Arrow')) event.preventDefault();
        return;
      }
      event.preventDefault();
      event.currentTarget.querySelector<SVGElement>(`[data-at="${to.row}:${to.col}"]`)?.focus();
    },
    [grid],
  );

  return { stop, onFocus, onKeyDown };
}
