import { memo } from 'react';
import type { ScaleBand } from 'd3';
import type { Sector } from '../../data/indexDataset';
import type { HeaderAngle } from './matrixLayout';
import { SvgButton } from './SvgButton';
import { fitLabel } from './fitLabel';
import { HEADER_WIDTH } from './matrixLayout';
import { useLang, useMessages } from '../../state/useMessages';

interface MatrixHeadersProps {
  sectors: readonly Sector[];
  activeSectors: readonly string[];
  x: ScaleBand<string>;
  angle: HeaderAngle;
  height: number;
  /** The column of the matrix's one tab stop when it is on a sector name, else null. */
  stopCol: number | null;
  onToggleSector: (id: string) => void;
}

/**
 * A sector name over its column: level and centred, slanted from the centre, or upright; cut to
 * `HEADER_WIDTH` at most (the header's height, when it stands), its full name in its tooltip.
 */
function HeaderLabel({ angle, x, bottom, text }: { angle: HeaderAngle; x: number; bottom: number; text: string }) {
  const shown = fitLabel(text, HEADER_WIDTH, 600);
  const tip = shown === text ? null : <title>{text}</title>;
  if (angle === 0) {
    return (
      <text x={x} y={bottom - 14} textAnchor="middle">
        {tip}
        {shown}
      </text>
    );
  }
  return (
    <text transform={`translate(${angle === -45 ? x - 2 : x + 4},${bottom - 12}) rotate(${angle})`}>
      {tip}
      {shown}
    </text>
  );
}

/** The sector names over the matrix's columns; each toggles the dashboard's filter on its sector. */
export const MatrixHeaders = memo(function MatrixHeaders({
  sectors,
  activeSectors,
  x,
  angle,
  height,
  stopCol,
  onToggleSector,
}: MatrixHeadersProps) {
  const t = useMessages();
  const lang = useLang();
  return (
    <g className="matrix-headers">
      {sectors.map((s, col) => {
        const on = activeSectors.includes(s.id);
        const bx = x(s.id) ?? 0;
        const bw = x.bandwidth();
        return (
          <SvgButton
            key={s.id}
            label={t.sectors.filterSector(s.name[lang])}
            pressed={on}
            className={`matrix-header${on ? ' is-on' : ''}${activeSectors.length > 0 && !on ? ' is-off' : ''}`}
            box={{ x: bx, y: 2, width: bw, height: height - 6 }}
            tabIndex={stopCol === col ? 0 : -1}
            at={`-1:${col}`}
            onActivate={() => onToggleSector(s.id)}
          >
            {on && <rect className="matrix-header__bar" x={bx} y={height - 8} width={bw} height={4} />}
            <HeaderLabel angle={angle} x={bx + bw / 2} bottom={height} text={s.name[lang]} />
          </SvgButton>
        );
      })}
    </g>
  );
});
