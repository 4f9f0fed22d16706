import { memo, type KeyboardEvent } from 'react';
import type { Dataset, Partnership } from '../../data/indexDataset';
import { useAppStore } from '../../state/store';
import { useHasSelection, useIsHovered, useIsSelected } from '../../state/selectors';
import { STATUS_STYLES } from '../../styles/statusStyle';
import { glyphId } from './StatusGlyphDefs';
import type { EntityRef } from '../../model/entityRef';

export interface CellBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface MatrixCellProps {
  dataset: Dataset;
  partnership: Partnership;
  /** The accessible name: partner, sector, status and trend in words. */
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The cell's place for the matrix's arrow keys, as "row:col". */
  at: string;
  /** Whether this cell is the matrix's one tab stop. */
  tabbable: boolean;
  glyphs: string;
  onSelect: (pick: EntityRef) => void;
  onShow: (partnership: Partnership, box: CellBox) => void;
  onHide: () => void;
}

/**
 * One partnership in the matrix: a tinted button with the status glyph on top. It reads its own
 * emphasis from the store as booleans, so a hover elsewhere re-renders only the cells it lights
 * up or puts out, never the whole matrix. The cell is its own hit area and focus ring, so it
 * costs two elements.
 */
export const MatrixCell = memo(function MatrixCell(props: MatrixCellProps) {
  const { dataset, partnership: p, x, y, width, height } = props;
  const hovered = useIsHovered(dataset, 'partnership', p.id);
  const selected = useIsSelected(dataset, 'partnership', p.id);
  const pressed = useAppStore((s) => s.selection?.kind === 'partnership' && s.selection.id === p.id);
  const dim = useHasSelection() && !selected;
  const style = STATUS_STYLES[p.status];
  const emphasis = `${selected ? ' is-selected' : ''}${hovered ? ' is-hovered' : ''}${dim ? ' is-dim' : ''}`;

  const activate = () => props.onSelect({ kind: 'partnership', id: p.id });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate();
    }
  };
  const show = () => props.onShow(p, { x, y, width, height });

  return (
    <>
      <rect
        role="button"
        tabIndex={props.tabbable ? 0 : -1}
        aria-label={props.label}
        aria-pressed={pressed}
        data-at={props.at}
        className={`matrix-cell${emphasis}`}
        x={x + 1}
        y={y + 1}
        width={width - 2}
        height={height - 2}
        rx={4}
        fill={style.color}
        stroke={style.color}
        strokeDasharray={style.dash}
        onClick={activate}
        onKeyDown={onKeyDown}
        onPointerEnter={show}
        onPointerLeave={props.onHide}
        onFocus={show}
        onBlur={props.onHide}
      />
      <use href={`#${glyphId(props.glyphs, p.status)}`} x={x + width / 2} y={y + height / 2} className={`matrix-cell__glyph${dim ? ' is-dim' : ''}`} aria-hidden="true" />
    </>
  );
});
