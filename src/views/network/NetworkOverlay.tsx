import { memo, useMemo, type RefObject } from 'react';
import { useStore } from 'zustand';
import type { PlacedNode } from '../../derive/computeNetworkLayout';
import type { NetworkEdge, NetworkNode } from '../../derive/toNetworkGraph';
import { useAppStore } from '../../state/store';
import { DisagreementSigns } from './NetworkEdgeMark';
import { nodeShapePath } from '../../styles/networkStyle';
import type { ReachStore } from './useNetworkEmphasis';
import { useFocusedNode } from './useFocusedNode';
import { toOverlayMarks } from './overlayMarks';
import { isForward, nodeEmphasis } from '../../derive/emphasis';

interface Props {
  emphasisStore: ReachStore;
  /** The shown edges in the order the network draws them. */
  edges: readonly NetworkEdge[];
  nodes: readonly NetworkNode[];
  positions: ReadonlyMap<string, PlacedNode>;
  svgRef: RefObject<SVGSVGElement | null>;
}

/**
 * What the pick brings forward, drawn a second time above the faded edges and nodes at full
 * strength: its edges and its nodes, a path per stroke and per paint (`toOverlayMarks`), the signs
 * of its disagreeing ties, the selection's ring and the keyboard focus ring. The names are not
 * copied: they stay above it in their own layer, which fades each name the pick leaves out.
 *
 * The edges and nodes fade by the opacity of their layers, which is not inherited, so a hover
 * restyles those layers and this overlay, not each of the thousands of marks. The marks
 * themselves stay where they are: they keep the focus, the names for assistive technology and the
 * pointer. These copies are pictures only, hidden from assistive technology and transparent to
 * the pointer. This is the one part of the diagram that reads the whole reach, so a hover
 * re-renders it alone.
 */
export const NetworkOverlay = memo(function NetworkOverlay({ emphasisStore, edges, nodes, positions, svgRef }: Props) {
  const reach = useStore(emphasisStore, (s) => s.reading);
  const selected = useAppStore((s) => (s.selection?.kind === 'actor' ? s.selection.id : null));
  const focused = useFocusedNode(svgRef);
  const focusedNode = focused === null ? undefined : nodes.find((n) => n.id === focused);
  const focusedAt = focused === null ? undefined : positions.get(focused);
  const marks = useMemo(() => reach && toOverlayMarks(reach, edges, nodes, positions), [reach, edges, nodes, positions]);
  const selectedNode = selected === null || !isForward(nodeEmphasis(reach, selected)) ? undefined : nodes.find((n) => n.id === selected);
  const selectedAt = selected === null ? undefined : positions.get(selected);

  return (
    <g className="network-overlay" aria-hidden="true">
      {marks?.edges.map((g) => (
        <path
          key={g.key}
          className="network-overlay__edge"
          d={g.d}
          stroke={g.color}
          strokeWidth={g.width}
          strokeDasharray={g.dash}
          strokeLinecap={g.linecap}
        />
      ))}
      {marks?.disagreements && <DisagreementSigns {...marks.disagreements} />}
      {marks?.nodes.map((g) => (
        <path key={g.key} className="network-overlay__nodes" d={g.d} fill={g.fill} stroke={g.stroke} strokeWidth={g.width} />
      ))}
      {selectedNode && selectedAt && (
        <path
          className="network-node__selected-ring"
          d={nodeShapePath(selectedNode.kind, selectedAt.radius + 3.5, selectedAt.x, selectedAt.y)}
        />
      )}
      {focusedNode && focusedAt && (
        <path className="network-overlay__focus-ring" d={nodeShapePath(focusedNode.kind, focusedAt.radius + 6, focusedAt.x, focusedAt.y)} />
      )}
    </g>
  );
});
