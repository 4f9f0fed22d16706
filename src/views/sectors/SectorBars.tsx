import { useMemo, useRef } from 'react';
import { scaleBand, scaleLinear } from 'd3';
import type { Dataset } from '../../data/indexDataset';
import type { SectorCount } from '../../derive/toSectorBreakdown';
import { BarSegment } from './BarSegment';
import { SvgButton } from './SvgButton';
import { pageTextWidth } from '../../text/measureText';
import { useElementWidth } from '../shared/useElementWidth';
import { capLabel } from '../../text/capLabel';
import { fitLabel } from './fitLabel';
import { useLang, useMessages } from '../../state/useMessages';

const FONT = 13;
const ROW = 32;
const AXIS = 40;

interface SectorBarsProps {
  dataset: Dataset;
  counts: readonly SectorCount[];
  /** The largest sector total over the whole dataset: the axis stays put while filters change. */
  maxTotal: number;
  activeSectors: readonly string[];
  onToggleSector: (id: string) => void;
}

/**
 * Partnerships per sector as horizontal bars, stacked by status from the strongest. The bars
 * re-render when the filters change; hover and selection reach only the segments they change.
 */
export function SectorBars({ dataset, counts, maxTotal, activeSectors, onToggleSector }: SectorBarsProps) {
  const t = useMessages();
  const lang = useLang();
  const boxRef = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(boxRef, 640);
  const width = Math.max(280, measured ?? 640);

  const labelWidth = useMemo(
    () => Math.min(150, Math.max(64, ...counts.map((c) => pageTextWidth(capLabel(c.sector.name[lang]), FONT) + 16))),
    [counts, lang],
  );
  // Room right of the longest bar for its total, in bold, so that "200" is not cut at the edge.
  const totalWidth = useMemo(() => Math.max(30, pageTextWidth(String(maxTotal), FONT, 700) + 14), [maxTotal]);
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([0, Math.max(1, maxTotal)])
        .nice()
        .range([labelWidth, width - totalWidth]),
    [maxTotal, labelWidth, width, totalWidth],
  );
  const y = useMemo(
    () =>
      scaleBand<string>()
        .domain(counts.map((c) => c.sector.id))
        .range([4, 4 + counts.length * ROW])
        .paddingInner(0.3),
    [counts],
  );
  // Partnerships are whole: only integer ticks, and no more than the space allows.
  const ticks = x.ticks(Math.min(Math.max(1, maxTotal), Math.floor((width - labelWidth) / 60))).filter(Number.isInteger);
  const bottom = 4 + counts.length * ROW;

  return (
    <div ref={boxRef} className="sector-bars">
      {measured !== null && (
        <svg width={width} height={bottom + AXIS} role="group" aria-label={t.sectors.barsLabel} fontSize={FONT}>
          <g className="sector-bars__grid" aria-hidden="true">
            {ticks.map((tick) => (
              <g key={tick} transform={`translate(${x(tick)},0)`}>
                <line y1={0} y2={bottom + 4} />
                <text y={bottom + 18} textAnchor="middle">
                  {tick}
                </text>
              </g>
            ))}
            <text className="sector-bars__axis-title" x={(labelWidth + width - totalWidth) / 2} y={bottom + 36} textAnchor="middle">
              {t.sectors.countAxis}
            </text>
          </g>
          {counts.map((c) => {
            const by = y(c.sector.id) ?? 0;
            const bh = y.bandwidth();
            const on = activeSectors.includes(c.sector.id);
            const detail = c.segments.map((s) => t.sectors.segment(s.count, s.status)).join(', ');
            return (
              <g key={c.sector.id}>
                <SvgButton
                  label={t.sectors.filterSector(c.sector.name[lang])}
                  pressed={on}
                  className={`bars-label${on ? ' is-on' : ''}${activeSectors.length > 0 && !on ? ' is-off' : ''}`}
                  box={{ x: 2, y: by - 3, width: labelWidth - 8, height: bh + 6 }}
                  onActivate={() => onToggleSector(c.sector.id)}
                >
                  <BarLabel text={c.sector.name[lang]} x={labelWidth - 12} y={by + bh / 2} width={labelWidth - 16} />
                </SvgButton>
                <g role="img" aria-label={t.sectors.bar(c.sector.name[lang], c.total, detail)}>
                  {c.segments.map((s) => (
                    <BarSegment key={s.status} dataset={dataset} segment={s} x={x(s.from)} y={by} width={x(s.to) - x(s.from)} height={bh} />
                  ))}
                  <text className="sector-bars__total" x={x(c.total) + 6} y={by + bh / 2} dominantBaseline="central" aria-hidden="true">
                    {c.total}
                  </text>
                </g>
              </g>
            );
          })}
        </svg>
      )}
    </div>
  );
}

/** A sector's name before its bar, cut to the room it has, its full name in its tooltip. */
function BarLabel({ text, x, y, width }: { text: string; x: number; y: number; width: number }) {
  const shown = fitLabel(text, width);
  return (
    <text x={x} y={y} textAnchor="end" dominantBaseline="central">
      {shown === text ? null : <title>{text}</title>}
      {shown}
    </text>
  );
}
