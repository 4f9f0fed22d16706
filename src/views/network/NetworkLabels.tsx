import { memo } from 'react';
import { FOCUS_LABEL_FONT_SIZE, LABEL_FONT_SIZE } from '../../derive/networkMetrics';
import type { LabelAnchor } from '../../derive/computeNetworkLabels';
import { nodeMarkName, useNodeEmphasis, type ReachStore } from './useNetworkEmphasis';
import type { NetworkLabel } from './usePlacedLabels';

interface Props {
  labels: readonly NetworkLabel[];
  emphasisStore: ReachStore;
}

/**
 * The names, drawn above every node and edge with a halo, so an edge never runs through a word.
 * They are hidden from assistive technology: each node's accessible name already says it.
 */
export const NetworkLabels = memo(function NetworkLabels({ labels, emphasisStore }: Props) {
  return (
    <g className="network-labels" aria-hidden="true">
      {labels.map(({ id, text, place, isFocus }) => (
        <NetworkLabelText
          key={id}
          id={id}
          text={text}
          x={place.x}
          y={place.y}
          anchor={place.anchor}
          isFocus={isFocus}
          emphasisStore={emphasisStore}
        />
      ))}
    </g>
  );
});

interface TextProps {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: LabelAnchor;
  isFocus: boolean;
  emphasisStore: ReachStore;
}

/** One name, brought forward with its node; plain props, so a label that did not move is left alone. */
const NetworkLabelText = memo(function NetworkLabelText({ id, text, x, y, anchor, isFocus, emphasisStore }: TextProps) {
  const emphasis = useNodeEmphasis(emphasisStore, id);
  return (
    <LabelText
      className="network-label"
      id={id}
      emphasis={nodeMarkName(emphasis)}
      text={text}
      x={x}
      y={y}
      anchor={anchor}
      isFocus={isFocus}
    />
  );
});

interface LabelTextProps {
  className: string;
  id: string;
  emphasis: string;
  text: string;
  x: number;
  y: number;
  anchor: LabelAnchor;
  isFocus: boolean;
}

/** A drawn name, in the network and again in its overlay. */
export function LabelText({ className, id, emphasis, text, x, y, anchor, isFocus }: LabelTextProps) {
  return (
    <text
      className={className}
      data-id={id}
      data-emphasis={emphasis}
      x={x}
      y={y}
      textAnchor={anchor}
      fontSize={isFocus ? FOCUS_LABEL_FONT_SIZE : LABEL_FONT_SIZE}
      fontWeight={isFocus ? 700 : 400}
    >
      {text}
    </text>
  );
}
