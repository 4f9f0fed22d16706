import { memo, type RefObject } from 'react';
import { useStore } from 'zustand';
import type { PlacedNode } from '../../derive/computeNetworkLayout';
import type { NetworkEdge, NetworkNode } from '../../derive/toNetworkGraph';
import { useAppStore } from '../../state/store';
import { EdgeLine, lineOf } from './NetworkEdgeMark';
import { LabelText } from './NetworkLabels';
import { nodePaint, nodeShapePath } from '../../styles/networkStyle';
import { isForward, nodeEmphasis } from '../../derive/emphasis';
import { nodeMarkName, type ReachStore } from './useNetworkEmphasis';
import { useFocusedNode } from './useFocusedNode';
import type { NetworkLabel } from './usePlacedLabels';

interface Props {
  emphasisStore: ReachStore;
  /** The shown edges in the order the network draws them. */
  edges: readonly NetworkEdge[];
  nodes: readonly NetworkNode[];
  positions: ReadonlyMap<string, PlacedNode>;
  labels: readonly NetworkLabel[];
  svgRef: RefObject<SVGSVGElement | null>;
}

/**
 * What the pick brings forward, drawn a second time above the faded network at full strength:
 * its edges, its nodes (with the selection's ring), the keyboard focus ring and the names.
 *
 * The network fades by the opacity of its three layers, which is not inherited, so a hover
 * restyles and repaints those layers and this overlay, not each of the thousands of marks. The
 * marks themselves stay where they are, faded with their layer: they keep the focus, the names
 * for assistive technology and the pointer. These copies are pictures only, hidden from assistive
 * technology and transparent to the pointer. This is the one part of the diagram that reads the
 * whole reach, so a hover re-renders it and the few marks whose own emphasis changes.
 */
export const NetworkOverlay = memo(function NetworkOverlay({ emphasisStore, edges, nodes, positions, labels, svgRef }: Props) {
  const reach = useStore(emphasisStore, (s) => s.reading);
  const selected = useAppStore((s) => (s.selection?.kind === 'actor' ? s.selection.id : null));
  const focused = useFocusedNode(svgRef);
  const focusedNode = focused === null ? undefined : nodes.find((n) => n.id === focused);
  const focusedAt = focused === null ? undefined : positions.get(focused);

  return (
    <g className="network-overlay" aria-hidden="true">
      {reach &&
        edges.map((e) => {
          const a = positions.get(e.source);
          const b = positions.get(e.target);
          if (!reach.edges.has(e.id) || !a || !b) return null;
          return <EdgeLine key={e.id} className="network-overlay__edge" {...lineOf(e, a, b)} />;
        })}
      {reach &&
        nodes.map((n) => {
          const p = positions.get(n.id);
          if (!p || !isForward(nodeEmphasis(reach, n.id))) return null;
          const paint = nodePaint(n.kind, n.isFocus);
          return (
            <g key={n.id} className="network-overlay__node" data-id={n.id}>
              {n.id === selected && <path className="network-node__selected-ring" d={nodeShapePath(n.kind, p.radius + 3.5, p.x, p.y)} />}
              <path d={nodeShapePath(n.kind, p.radius, p.x, p.y)} fill={paint.fill} stroke={paint.stroke} strokeWidth={paint.width} />
            </g>
          );
        })}
      {focusedNode && focusedAt && (
        <path className="network-overlay__focus-ring" d={nodeShapePath(focusedNode.kind, focusedAt.radius + 6, focusedAt.x, focusedAt.y)} />
      )}
      {reach &&
        labels.map(({ id, text, place, isFocus }) => {
          const emphasis = nodeEmphasis(reach, id);
          if (!isForward(emphasis)) return null;
          const className = emphasis === 'focus' ? 'network-overlay__label network-overlay__label--picked' : 'network-overlay__label';
          return (
            <LabelText
              key={id}
              className={className}
              id={id}
              emphasis={nodeMarkName(emphasis)}
              text={text}
              x={place.x}
              y={place.y}
              anchor={place.anchor}
              isFocus={isFocus}
            />
          );
        })}
    </g>
  );
});
