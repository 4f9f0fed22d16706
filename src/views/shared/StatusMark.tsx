import type { ReactElement } from 'react';
import { STATUS_STYLES } from '../../styles/statusStyle';
import type { Status } from '../../model/statuses';

/**
 * The shared status glyphs (● ◐ ◌ ? ×) drawn as SVG shapes, centred on `x`,`y`, so they look the
 * same whatever fonts the reader has and stay tellable apart in black and white. Each shape is
 * placed by its own coordinates rather than a `transform`: Chrome gives every transformed SVG
 * element a paint chunk of its own, and the sector matrix's hundreds of glyphs made every frame's
 * layerization of the page longer (docs/performance.md).
 */
const SHAPES: Record<Status, (x: number, y: number, r: number, color: string) => ReactElement> = {
  active: (x, y, r, color) => <circle cx={x} cy={y} r={r} fill={color} />,
  emerging: (x, y, r, color) => (
    <>
      <circle cx={x} cy={y} r={r - 0.75} fill="#fff" stroke={color} strokeWidth={1.5} />
      <path d={`M${x} ${y - r}A${r} ${r} 0 0 0 ${x} ${y + r}Z`} fill={color} />
    </>
  ),
  exploring: (x, y, r, color) => <circle cx={x} cy={y} r={r - 1} fill="none" stroke={color} strokeWidth={2} strokeDasharray="3 2.4" />,
  potential: (x, y, r, color) => (
    <text x={x} y={y + r * 0.55} textAnchor="middle" fontSize={r * 2.1} fontWeight={700} fill={color}>
      ?
    </text>
  ),
  ended: (x, y, r, color) => {
    const d = r * 0.75;
    return (
      <path
        d={`M${x - d} ${y - d}L${x + d} ${y + d}M${x + d} ${y - d}L${x - d} ${y + d}`}
        stroke={color}
        strokeWidth={2.5}
        strokeLinecap="round"
      />
    );
  },
};

export function StatusMark({ status, x, y, r = 7, className }: { status: Status; x: number; y: number; r?: number; className?: string }) {
  return (
    <g aria-hidden="true" className={`status-mark status-mark--${status}${className ? ` ${className}` : ''}`}>
      {SHAPES[status](x, y, r, STATUS_STYLES[status].color)}
    </g>
  );
}
