import { memo, useMemo } from 'react';
import type { Dataset } from '../../data/indexDataset';
import type { SectorStatusSegment } from '../../derive/toSectorBreakdown';
import { isForward } from '../../derive/emphasis';
import { useEmphasis } from '../../state/interaction';
import { STATUS_STYLES } from '../../styles/statusStyle';
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
 * it: it stands for its partnerships as a group (`EmphasisTarget`), so a pick that brings none of
 * its shown partnerships forward leaves it out, and it dims only while the selection brings some
 * partnership forward elsewhere. Its props are numbers and the segment itself, which a filter
 * that leaves the bar as it was gives back unchanged, so such a filter does not draw the segment
 * again; a pick re-renders only the segments whose own emphasis it changes.
 */
export const BarSegment = memo(function BarSegment({ dataset, segment, x, y, width, height }: BarSegmentProps) {
  const group = useMemo(() => ({ kind: 'group' as const, partnershipIds: segment.partnershipIds }), [segment]);
  const { selected, pointed } = useEmphasis(dataset, group, true);
  const style = STATUS_STYLES[segment.status];
  return (
    <g
      className={`bar-segment${isForward(selected) ? ' is-selected' : ''}${isForward(pointed) ? ' is-hovered' : ''}${selected === 'dimmed' ? ' is-dim' : ''}`}
    >
      <rect
        x={x + 1}
        y={y}
        width={Math.max(0, width - 2)}
        height={height}
        rx={3}
        fill={style.color}
        stroke={style.color}
        strokeDasharray={style.dash}
        className="bar-segment__fill"
      />
      {width >= 20 && <StatusMark status={segment.status} x={x + width / 2} y={y + height / 2} r={6} />}
    </g>
  );
});
