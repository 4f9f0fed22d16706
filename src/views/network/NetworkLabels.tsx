import type { PlacedLabel } from '../../derive/computeNetworkLabels';
import type { NodeEmphasis } from '../../derive/networkEmphasis';
import { FOCUS_LABEL_FONT_SIZE, LABEL_FONT_SIZE } from '../../derive/networkMetrics';

interface Props {
  labels: { id: string; text: string; place: PlacedLabel; isFocus: boolean; emphasis: NodeEmphasis }[];
}

/**
 * The names, drawn above every node and edge with a halo, so an edge never runs through a word.
 * They are hidden from assistive technology: each node's accessible name already says it.
 */
export function NetworkLabels({ labels }: Props) {
  return (
    <g className="network-labels" aria-hidden="true">
      {labels.map(({ id, text, place, isFocus, emphasis }) => (
        <text
          key={id}
          className="network-label"
          data-id={id}
          data-emphasis={emphasis}
          x={place.x}
          y={place.y}
          textAnchor={place.anchor}
          fontSize={isFocus ? FOCUS_LABEL_FONT_SIZE : LABEL_FONT_SIZE}
          fontWeight={isFocus ? 700 : 400}
        >
          {text}
        </text>
      ))}
    </g>
  );
}
