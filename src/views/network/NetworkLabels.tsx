import { memo } from 'react';
import type { Dataset } from '../../data/indexDataset';
import { FOCUS_LABEL_FONT_SIZE, LABEL_FONT_SIZE } from '../../derive/networkMetrics';
import type { NetworkGraph } from '../../derive/toNetworkGraph';
import { useNodeEmphasis } from './useMarkEmphasis';
import type { NetworkLabel } from './usePlacedLabels';

interface Props {
  dataset: Dataset;
  graph: NetworkGraph;
  labels: readonly NetworkLabel[];
}

/**
 * The names, drawn above every node and edge with a halo, so an edge never runs through a word.
 * They are hidden from assistive technology: each node's accessible name already says it.
 */
export const NetworkLabels = memo(function NetworkLabels({ dataset, graph, labels }: Props) {
  return (
    <g className="network-labels" aria-hidden="true">
      {labels.map((label) => (
        <NetworkLabelText key={label.id} dataset={dataset} graph={graph} label={label} />
      ))}
    </g>
  );
});

/** One name, faded or brought forward with its node. */
const NetworkLabelText = memo(function NetworkLabelText({ dataset, graph, label }: { dataset: Dataset; graph: NetworkGraph; label: NetworkLabel }) {
  const { id, text, place, isFocus } = label;
  const emphasis = useNodeEmphasis(dataset, graph, id);
  return (
    <text
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
  );
});
