import { memo } from 'react';
import { FOCUS_LABEL_FONT_SIZE, LABEL_FONT_SIZE } from '../../derive/networkMetrics';
import type { LabelAnchor } from '../../derive/computeNetworkLabels';
import type { NetworkLabel } from './usePlacedLabels';

interface Props {
  labels: readonly NetworkLabel[];
}

/**
 * The names, drawn above every node and edge (and above what a pick brings forward) with a halo,
 * so an edge never runs through a word. They are hidden from assistive technology: each node's
 * accessible name already says it. While something is brought forward, the names it leaves out
 * fade one by one (`data-forward`, written by `useMarkEmphasis`), so the names of a hub's hundreds
 * of neighbours are neither copied nor re-rendered.
 */
export const NetworkLabels = memo(function NetworkLabels({ labels }: Props) {
  return (
    <g className="network-labels" aria-hidden="true">
      {labels.map(({ id, text, place, isFocus }) => (
        <LabelText key={id} id={id} text={text} x={place.x} y={place.y} anchor={place.anchor} isFocus={isFocus} />
      ))}
    </g>
  );
});

interface LabelTextProps {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: LabelAnchor;
  isFocus: boolean;
}

/** A drawn name; plain props, so a name that did not move is left alone. */
const LabelText = memo(function LabelText({ id, text, x, y, anchor, isFocus }: LabelTextProps) {
  return (
    <text
      className="network-label"
      data-id={id}
      x={x}
      y={y}
      textAnchor={anchor}
      fontSize={isFocus ? FOCUS_LABEL_FONT_SIZE : LABEL_FONT_SIZE}
      fontWeight={isFocus ? 700 : 400}
    >
      {text}
    </text>
  );
});
