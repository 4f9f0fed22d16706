import { memo } from 'react';
import type { ScaleBand } from 'd3';
import type { Dataset, Partnership, Sector } from '../../data/indexDataset';
import type { SectorMatrixRow } from '../../derive/toSectorBreakdown';
import { isForward } from '../../derive/emphasis';
import { useSelectedEmphasis } from '../../state/interaction';
import { MatrixCell, type CellBox } from './MatrixCell';
import { SvgButton } from './SvgButton';
import { fitLabel } from './fitLabel';
import type { EntityRef } from '../../model/entityRef';
import { useLang, useMessages } from '../../state/useMessages';

interface MatrixRowProps {
  dataset: Dataset;
  row: SectorMatrixRow;
  /** The row's number among the rows drawn, for the arrow keys. */
  index: number;
  sectors: readonly Sector[];
  x: ScaleBand<string>;
  top: number;
  height: number;
  labelWidth: number;
  width: number;
  /** The column of the matrix's one tab stop when it is in this row (-1 for the name), else null. */
  stopCol: number | null;
  onSelect: (pick: EntityRef) => void;
  onHover: (pick: EntityRef | null) => void;
  onShow: (partnership: Partnership, box: CellBox) => void;
  onHide: () => void;
}

/**
 * One partner's row: its name, which selects the partner (or the pair), and a cell per
 * partnership. Empty sectors draw nothing; the row's rule shows where the row runs. A partner's
 * name is lit while the selection brings the partner forward, a pair's only while the pair itself
 * is selected; the row dims while something else is selected.
 */
export const MatrixRow = memo(function MatrixRow(props: MatrixRowProps) {
  const { dataset, row, index, sectors, x, top, height, stopCol } = props;
  const t = useMessages();
  const lang = useLang();
  const emphasis = useSelectedEmphasis(dataset, row.pick, true);
  const pressed = emphasis === 'focus';
  const lit = isForward(emphasis);
  const dim = emphasis === 'dimmed';
  const middle = top + height / 2;

  return (
    <g className={`matrix-row${dim ? ' is-dim' : ''}`}>
      <line className="matrix-row__rule" x1={4} x2={props.width - 2} y1={middle} y2={middle} />
      <SvgButton
        label={t.sectors.selectPartner(row.label)}
        pressed={pressed}
        className={`matrix-partner${lit ? ' is-lit' : ''}`}
        box={{ x: 2, y: top, width: props.labelWidth - 8, height }}
        tabIndex={stopCol === -1 ? 0 : -1}
        at={`${index}:-1`}
        onActivate={() => props.onSelect(row.pick)}
        onShow={() => props.onHover(row.pick)}
        onHide={() => props.onHover(null)}
      >
        <text x={8} y={middle} dominantBaseline="central">
          {fitLabel(row.label, props.labelWidth - 20)}
        </text>
      </SvgButton>
      {row.cells.map((p, col) => {
        const sector = sectors[col];
        if (!p || !sector) return null;
        const trend = p.trend ? t.trends[p.trend] : null;
        return (
          <MatrixCell
            key={p.id}
            dataset={dataset}
            partnership={p}
            label={t.sectors.cell(row.label, sector.name[lang], t.statuses[p.status], trend)}
            x={x(sector.id) ?? 0}
            y={top}
            width={x.bandwidth()}
            height={height}
            at={`${index}:${col}`}
            tabbable={stopCol === col}
            onSelect={props.onSelect}
            onShow={props.onShow}
            onHide={props.onHide}
          />
        );
      })}
    </g>
  );
});
