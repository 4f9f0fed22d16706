import type { TooltipAnchor } from './toNetworkTooltip';
import { capLabel, TITLE_MAX } from '../../text/capLabel';

interface Props {
  title: string;
  detail: string;
  /** Where it points, as fractions of the drawing's width and height. */
  at: TooltipAnchor;
}

/**
 * A short note beside what the pointer or the focus rests on. It opens above the point, or below
 * when the point is near the top, and leans inwards near the sides, so it never leaves the
 * diagram. It repeats what the accessible names say, so it is hidden from screen readers.
 */
export function NetworkTooltip({ title, detail, at }: Props) {
  const below = at.top < 0.3;
  const lean = at.x < 0.3 ? 'start' : at.x > 0.7 ? 'end' : 'middle';
  return (
    <div
      className={`network-tooltip network-tooltip--${below ? 'below' : 'above'} network-tooltip--${lean}`}
      style={{ left: `${at.x * 100}%`, top: `${(below ? at.bottom : at.top) * 100}%` }}
      aria-hidden="true"
    >
      {/* A block of its own in the tooltip, so a name's direction stays inside it. */}
      <strong>{capLabel(title, TITLE_MAX)}</strong>
      {detail && <span>{detail}</span>}
    </div>
  );
}
