import { useMemo, useRef, useState } from 'react';
import type { Dataset, Partnership } from '../../data/indexDataset';
import type { SectorBreakdown } from '../../derive/toSectorBreakdown';
import type { Highlight } from '../../derive/relations';
import type { Pick } from '../../state/store';
import { useLang, useMessages } from '../../i18n/messages';
import { STATUS_STYLES } from '../shared/statusStyle';
import { computeMatrixLayout, MATRIX_FONT } from './matrixLayout';
import { SectorTooltip, type TooltipAnchor } from './SectorTooltip';
import { StatusMark } from './StatusMark';
import { SvgButton } from './SvgButton';
import { textWidth } from './textWidth';
import { useElementWidth } from '../shared/useElementWidth';

interface SectorMatrixProps {
  dataset: Dataset;
  breakdown: SectorBreakdown;
  activeSectors: readonly string[];
  selected: Highlight;
  hovered: Highlight;
  selection: Pick | null;
  onToggleSector: (id: string) => void;
  onSelect: (pick: Pick) => void;
  onHover: (pick: Pick | null) => void;
}

/** Cuts a label to the width it has, with an ellipsis; the full name stays in the accessible name. */
function fitLabel(label: string, width: number): string {
  if (textWidth(label, MATRIX_FONT) <= width) return label;
  let chars = label.length - 1;
  while (chars > 1 && textWidth(`${label.slice(0, chars).trimEnd()}…`, MATRIX_FONT) > width) chars--;
  return `${label.slice(0, chars).trimEnd()}…`;
}

/** A sector name over its column: level and centred, slanted from the centre, or upright. */
function HeaderLabel({ angle, x, bottom, text }: { angle: 0 | -45 | -90; x: number; bottom: number; text: string }) {
  if (angle === 0) {
    return (
      <text x={x} y={bottom - 14} textAnchor="middle">
        {text}
      </text>
    );
  }
  return <text transform={`translate(${angle === -45 ? x - 2 : x + 4},${bottom - 12}) rotate(${angle})`}>{text}</text>;
}

/** The partner x sector matrix: one row per partner, one column per sector, a status mark per partnership. */
export function SectorMatrix(props: SectorMatrixProps) {
  const { dataset, breakdown, activeSectors, selected, hovered, selection } = props;
  const t = useMessages();
  const lang = useLang();
  const boxRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(boxRef, 640);
  const [tip, setTip] = useState<TooltipAnchor | null>(null);

  const sectorLabels = useMemo(() => breakdown.sectors.map((s) => ({ id: s.id, label: s.name[lang] })), [breakdown.sectors, lang]);
  const layout = useMemo(() => computeMatrixLayout(width, sectorLabels, breakdown.rows), [width, sectorLabels, breakdown.rows]);
  const { x, y } = layout;
  const anySelected = selected.partnerships.size > 0 || selected.actors.size > 0;

  const showTip = (p: Partnership, cellX: number, cellY: number, cellW: number, cellH: number) => {
    const scroll = boxRef.current?.scrollLeft ?? 0;
    setTip({ partnership: p, left: cellX + cellW / 2 - scroll, top: cellY, bottom: cellY + cellH, boxWidth: Math.min(width, layout.width) });
    props.onHover({ kind: 'partnership', id: p.id });
  };
  const hideTip = () => {
    setTip(null);
    props.onHover(null);
  };

  return (
    <div className="sector-matrix">
      <div ref={boxRef} className="sector-matrix__box">
        <svg width={layout.width} height={layout.height} role="group" aria-label={t.sectors.matrixLabel} fontSize={MATRIX_FONT}>
          {breakdown.sectors.map((s) => {
            const on = activeSectors.includes(s.id);
            const bx = x(s.id) ?? 0;
            const bw = x.bandwidth();
            return (
              <SvgButton
                key={s.id}
                label={t.sectors.filterSector(s.name[lang])}
                pressed={on}
                className={`matrix-header${on ? ' is-on' : ''}${activeSectors.length > 0 && !on ? ' is-off' : ''}`}
                box={{ x: bx, y: 2, width: bw, height: layout.headerHeight - 6 }}
                onActivate={() => props.onToggleSector(s.id)}
              >
                {on && <rect className="matrix-header__bar" x={bx} y={layout.headerHeight - 8} width={bw} height={4} />}
                <HeaderLabel angle={layout.headerAngle} x={bx + bw / 2} bottom={layout.headerHeight} text={s.name[lang]} />
              </SvgButton>
            );
          })}
          {breakdown.rows.map((row) => {
            const ry = y(row.id) ?? 0;
            const rh = y.bandwidth();
            const rowSelected = row.pick.kind === selection?.kind && row.pick.id === selection.id;
            const rowLit = row.pick.kind === 'actor' ? selected.actors.has(row.pick.id) : rowSelected;
            return (
              <g key={row.id} className={`matrix-row${anySelected && !rowLit ? ' is-dim' : ''}`}>
                <line className="matrix-row__rule" x1={4} x2={layout.width - 2} y1={ry + rh / 2} y2={ry + rh / 2} />
                <SvgButton
                  label={t.sectors.selectPartner(row.label)}
                  pressed={rowSelected}
                  className={`matrix-partner${rowLit ? ' is-lit' : ''}`}
                  box={{ x: 2, y: ry, width: layout.labelWidth - 8, height: rh }}
                  onActivate={() => props.onSelect(row.pick)}
                  onShow={() => props.onHover(row.pick)}
                  onHide={() => props.onHover(null)}
                >
                  <text x={8} y={ry + rh / 2} dominantBaseline="central">
                    {fitLabel(row.label, layout.labelWidth - 20)}
                  </text>
                </SvgButton>
                {row.cells.map((p, i) => {
                  const sector = breakdown.sectors[i];
                  if (!p || !sector) return null;
                  const cx = x(sector.id) ?? 0;
                  const cw = x.bandwidth();
                  const style = STATUS_STYLES[p.status];
                  const isSelected = selected.partnerships.has(p.id);
                  const isHovered = hovered.partnerships.has(p.id);
                  const trend = p.trend ? t.trends[p.trend] : null;
                  return (
                    <SvgButton
                      key={p.id}
                      label={t.sectors.cell(row.label, sector.name[lang], t.statuses[p.status], trend)}
                      pressed={selection?.kind === 'partnership' && selection.id === p.id}
                      className={`matrix-cell${isSelected ? ' is-selected' : ''}${isHovered ? ' is-hovered' : ''}${anySelected && !isSelected ? ' is-dim' : ''}`}
                      box={{ x: cx, y: ry, width: cw, height: rh }}
                      onActivate={() => props.onSelect({ kind: 'partnership', id: p.id })}
                      onShow={() => showTip(p, cx, ry, cw, rh)}
                      onHide={hideTip}
                    >
                      <rect
                        className="matrix-cell__fill"
                        x={cx + 1}
                        y={ry + 1}
                        width={cw - 2}
                        height={rh - 2}
                        rx={4}
                        fill={style.color}
                        stroke={style.color}
                        strokeDasharray={style.dash}
                      />
                      <StatusMark status={p.status} x={cx + cw / 2} y={ry + rh / 2} />
                    </SvgButton>
                  );
                })}
              </g>
            );
          })}
        </svg>
      </div>
      {tip && <SectorTooltip dataset={dataset} anchor={tip} />}
    </div>
  );
}
