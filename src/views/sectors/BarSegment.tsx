import { memo } from 'react';
import type { Dataset } from '../../data/indexDataset';
import type { SectorStatusSegment } from '../../derive/toSectorBreakdown';
import { hoverHighlightOf, selectionHighlightOf } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { STATUS_STYLES } from '../../styles/statusStyle';
import { segmentLit } from './segmentEmphasis';
import { StatusMark } from '../shared/StatusMark';

interface BarSegmentProps {
  dataset: Dataset;
  segment: SectorStatusSegment;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * One status's share of a sector's bar, brought forward when the hover or the selection is in
 * it. Its props are numbers and the segment itself, which a filter that leaves the bar as it was
 * gives back unchanged, so such a filter does not draw the segment again.
 */
export const BarSegment = memo(function BarSegment({ dataset, segment, x, y, width, height }: BarSegmentProps) {
  const hot = useAppStore((s) => segmentLit(segment, hoverHighlightOf(dataset, s.hover)));
  const selection = useAppStore((s) => {
    const highlight = selectionHighlightOf(dataset, s.selection);
    return segmentLit(segment, highlight) ? 'lit' : highlight.partnerships.size > 0 ? 'dim' : 'none';
  });
  const style = STATUS_STYLES[segment.status];
  return (
    <g className={`bar-segment${selection === 'lit' ? ' is-selected' : ''}${hot ? ' is-hovered' : ''}${selection === 'dim' ? ' is-dim' : ''}`}>
      <rect x={x + 1} y={y} width={Math.max(0, width - 2)} height={height} rx={3} fill={style.color} stroke={style.color} strokeDasharray={style.dash} className="bar-segment__fill" />
      {width >= 20 && <StatusMark status={segment.status} x={x + width / 2} y={y + height / 2} r={6} />}
    </g>
  );
});
