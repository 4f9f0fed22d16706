import { useEffect, useRef } from 'react';
import { MATRIX_PAGE, type ShownMatrixRows } from '../../derive/toShownMatrixRows';
import { useMessages } from '../../state/useMessages';

interface MatrixMoreProps {
  shown: ShownMatrixRows;
  /** Asks for this many first rows; Infinity for all of them. */
  onLimit: (limit: number) => void;
}

/**
 * Under a matrix that does not show every partner: how many it shows and in which order, and the
 * buttons for more, all, or back to the first ones. Nothing when every row fits.
 */
export function MatrixMore({ shown, onLimit }: MatrixMoreProps) {
  const t = useMessages();
  const boxRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const { first, canFold } = shown;

  // The button pressed may be gone once the rows are drawn; the keyboard stays in this control.
  useEffect(function keepFocusInControl() {
    if (!moved.current) return;
    moved.current = false;
    if (!boxRef.current?.contains(document.activeElement)) boxRef.current?.querySelector('button')?.focus();
  });

  if (shown.hidden === 0 && !canFold) return null;
  const ask = (next: number) => {
    moved.current = true;
    onLimit(next);
  };
  return (
    <div ref={boxRef} className="sector-matrix__more">
      <p>{t.sectors.rowsShown(first, shown.total)}</p>
      {shown.hidden > 0 && (
        <button type="button" className="button button--pill chip-button" onClick={() => ask(first + MATRIX_PAGE)}>
          {t.sectors.showMore(shown.more)}
        </button>
      )}
      {shown.hidden > 0 && (
        <button type="button" className="button button--pill chip-button" onClick={() => ask(Infinity)}>
          {t.sectors.showAll(shown.total)}
        </button>
      )}
      {canFold && (
        <button type="button" className="button button--pill chip-button" onClick={() => ask(MATRIX_PAGE)}>
          {t.sectors.showFirst(MATRIX_PAGE)}
        </button>
      )}
    </div>
  );
}
