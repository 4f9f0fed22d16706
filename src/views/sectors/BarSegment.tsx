import { memo } from 'react';
import type { Dataset } from '../../data/indexDataset';
import type { SectorStatusSegment } from '../../derive/toSectorBreakdown';
import { useAppStore } from '../../state/store';
import { STATUS_STYLES } from '../shared/statusStyle';
import { segmentKey, type SegmentEmphasisOf } from './segmentEmphasis';
import { StatusMark } from './StatusMark';

interface BarSegmentProps {
  dataset: Dataset;
  sector: string;
  segment: SectorStatusSegment;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Which segment each shown partnership is in, for the two emphasis look-ups below. */
  index: ReadonlyMap<string, string>;
  hoverOf: SegmentEmphasisOf;
  selectionOf: SegmentEmphasisOf;
}

/** One status's share of a sector's bar, brought forward when the hover or the selection is in it. */
export const BarSegment = memo(function BarSegment({ dataset, sector, segment, x, y, width, height, index, hoverOf, selectionOf }: BarSegmentProps) {
  const key = segmentKey(sector, segment.status);
  const hot = useAppStore((s) => hoverOf(dataset, s.hover, index).keys.has(key));
  const selection = useAppStore((s) => {
    const emphasis = selectionOf(dataset, s.selection, index);
    return emphasis.keys.has(key) ? 'lit' : emphasis.any ? 'dim' : 'none';
  });
  const style = STATUS_STYLES[segment.status];
  return (
    <g className={`bar-segment${selection === 'lit' ? ' is-selected' : ''}${hot ? ' is-hovered' : ''}${selection === 'dim' ? ' is-dim' : ''}`}>
      <rect x={x + 1} y={y} width={Math.max(0, width - 2)} height={height} rx={3} fill={style.color} stroke={style.color} strokeDasharray={style.dash} className="bar-segment__fill" />
      {width >= 20 && <StatusMark status={segment.status} x={x + width / 2} y={y + height / 2} r={6} />}
    </g>
  );
});
