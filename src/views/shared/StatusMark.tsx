import type { ReactElement } from 'react';
import { STATUS_STYLES } from '../../styles/statusStyle';
import type { Status } from '../../model/statuses';

/**
 * The shared status glyphs (● ◐ ◌ ? ×) drawn as SVG shapes, centred on 0,0, so they look the
 * same whatever fonts the reader has and stay tellable apart in black and white.
 */
const SHAPES: Record<Status, (r: number, color: string) => ReactElement> = {
  active: (r, color) => <circle r={r} fill={color} />,
  emerging: (r, color) => (
    <>
      <circle r={r - 0.75} fill="#fff" stroke={color} strokeWidth={1.5} />
      <path d={`M0 ${-r} A${r} ${r} 0 0 0 0 ${r} Z`} fill={color} />
    </>
  ),
  exploring: (r, color) => <circle r={r - 1} fill="none" stroke={color} strokeWidth={2} strokeDasharray="3 2.4" />,
  potential: (r, color) => (
    <text y={r * 0.55} textAnchor="middle" fontSize={r * 2.1} fontWeight={700} fill={color}>
      ?
    </text>
  ),
  ended: (r, color) => (
    <path
      d={`M${-r * 0.75} ${-r * 0.75}L${r * 0.75} ${r * 0.75}M${r * 0.75} ${-r * 0.75}L${-r * 0.75} ${r * 0.75}`}
      stroke={color}
      strokeWidth={2.5}
      strokeLinecap="round"
    />
  ),
};

export function StatusMark({ status, x, y, r = 7 }: { status: Status; x: number; y: number; r?: number }) {
  return (
    <g transform={`translate(${x},${y})`} aria-hidden="true" className={`status-mark status-mark--${status}`}>
      {SHAPES[status](r, STATUS_STYLES[status].color)}
    </g>
  );
}
