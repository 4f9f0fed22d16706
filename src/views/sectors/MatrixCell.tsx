import { memo, type KeyboardEvent } from 'react';
import type { Dataset, Partnership } from '../../data/indexDataset';
import { isForward } from '../../derive/emphasis';
import { useEmphasis } from '../../state/interaction';
import { STATUS_STYLES } from '../../styles/statusStyle';
import { StatusMark } from '../shared/StatusMark';
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
  onSelect: (pick: EntityRef) => void;
  onShow: (partnership: Partnership, box: CellBox) => void;
  onHide: () => void;
}

/**
 * One partnership in the matrix: a tinted button with the status glyph on top. It reads its own
 * emphasis (`useEmphasis`), so a hover elsewhere re-renders only the cells it lights up or puts
 * out, never the whole matrix; while something is selected, every cell it leaves out dims. The
 * cell is its own hit area and focus ring, so it costs two elements.
 */
export const MatrixCell = memo(function MatrixCell(props: MatrixCellProps) {
  const { dataset, partnership: p, x, y, width, height } = props;
  const { selected: bySelection, pointed } = useEmphasis(dataset, { kind: 'partnership', id: p.id }, true);
  const hovered = isForward(pointed);
  const selected = isForward(bySelection);
  const pressed = bySelection === 'focus';
  const dim = bySelection === 'dimmed';
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
      <StatusMark status={p.status} x={x + width / 2} y={y + height / 2} className={`matrix-cell__glyph${dim ? ' is-dim' : ''}`} />
    </>
  );
});
