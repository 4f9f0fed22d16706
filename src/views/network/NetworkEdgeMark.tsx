import { memo, type KeyboardEvent } from 'react';
import type { Dataset } from '../../data/indexDataset';
import type { NetworkEdge, NetworkGraph } from '../../derive/toNetworkGraph';
import { STATUS_STYLES } from '../shared/statusStyle';
import { partnershipWidth, TIE_STYLES } from './networkStyle';
import { useEdgeEmphasis } from './useMarkEmphasis';

interface Props {
  dataset: Dataset;
  graph: NetworkGraph;
  edge: NetworkEdge;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  name: string;
  onPick(edge: NetworkEdge): void;
  onPoint(edge: NetworkEdge | null): void;
}

function strokeOf(edge: NetworkEdge) {
  if (edge.kind !== 'partnership' || !edge.status) return TIE_STYLES[edge.kind === 'partnership' ? 'membership' : edge.kind];
  const style = STATUS_STYLES[edge.status];
  return { color: style.color, dash: style.dash, width: partnershipWidth(edge.partnershipIds.length, edge.status === 'ended') };
}

/**
 * One pair of actors. A wide transparent line on top makes a thin edge easy to point at. Edges
 * are buttons for screen readers but stay out of the Tab order, which the nodes already fill; the
 * list below the diagram gives keyboard users every relation. Like a node, it follows its own
 * emphasis.
 */
export const NetworkEdgeMark = memo(function NetworkEdgeMark({ dataset, graph, edge, x1, y1, x2, y2, name, onPick, onPoint }: Props) {
  const emphasis = useEdgeEmphasis(dataset, graph, edge.id);
  const stroke = strokeOf(edge);
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onPick(edge);
  };
  return (
    <g
      className="network-edge"
      data-id={edge.id}
      data-kind={edge.kind}
      data-status={edge.status ?? undefined}
      data-emphasis={emphasis}
      role="button"
      tabIndex={-1}
      aria-label={name}
      onClick={() => onPick(edge)}
      onKeyDown={onKeyDown}
      onPointerEnter={() => onPoint(edge)}
      onPointerLeave={() => onPoint(null)}
    >
      <line
        className="network-edge__line"
        x1={x1}
        y1={y1}
        x2={x2}
        y2={y2}
        stroke={stroke.color}
        strokeWidth={stroke.width}
        strokeDasharray={stroke.dash}
        strokeLinecap={edge.kind === 'partnership' ? 'round' : 'butt'}
      />
      <line className="network-edge__hit" x1={x1} y1={y1} x2={x2} y2={y2} />
    </g>
  );
});
