import { memo, type KeyboardEvent } from 'react';
import type { Dataset } from '../../data/indexDataset';
import type { NetworkGraph, NetworkNode } from '../../derive/toNetworkGraph';
import { NODE_COLORS, nodeShapePath } from './networkStyle';
import { useNodeState } from './useMarkEmphasis';
import type { DragHandlers } from './useNodeDrag';

interface Props {
  dataset: Dataset;
  graph: NetworkGraph;
  node: NetworkNode;
  x: number;
  y: number;
  radius: number;
  name: string;
  drag: DragHandlers;
  onPick(id: string): void;
  onPoint(id: string | null): void;
}

/**
 * One actor: its shape says its kind, its size its partnerships. It is a toggle button, so Tab
 * reaches it, Enter or Space selects it, and a screen reader hears its name and whether it is
 * selected. The focus ring is drawn rather than left to the browser, which outlines SVG poorly.
 *
 * It follows the hover and the selection on its own, so a pointer move re-renders only the marks
 * whose emphasis changes; every other prop stays the same object while the pointer moves.
 */
export const NetworkNodeMark = memo(function NetworkNodeMark({ dataset, graph, node, x, y, radius, name, drag, onPick, onPoint }: Props) {
  const { emphasis, selected } = useNodeState(dataset, graph, node.id);
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onPick(node.id);
  };
  const fill = node.isFocus ? NODE_COLORS.focusFill : node.kind === 'person' ? NODE_COLORS.personFill : NODE_COLORS.fill;
  const stroke = node.isFocus ? NODE_COLORS.focusStroke : NODE_COLORS.stroke;
  return (
    <g
      className="network-node"
      data-id={node.id}
      data-kind={node.kind}
      data-emphasis={emphasis}
      transform={`translate(${x},${y})`}
      role="button"
      tabIndex={0}
      aria-label={name}
      aria-pressed={selected}
      onClick={() => {
        if (!drag.consumeDragClick()) onPick(node.id);
      }}
      onKeyDown={onKeyDown}
      onFocus={() => onPoint(node.id)}
      onBlur={() => onPoint(null)}
      onPointerEnter={() => onPoint(node.id)}
      onPointerLeave={() => onPoint(null)}
      onPointerDown={drag.onPointerDown}
      onPointerMove={drag.onPointerMove}
      onPointerUp={drag.onPointerUp}
      onPointerCancel={drag.onPointerCancel}
    >
      <path className="network-node__focus-ring" d={nodeShapePath(node.kind, radius + 6)} />
      {selected && <path className="network-node__selected-ring" d={nodeShapePath(node.kind, radius + 3.5)} />}
      <path className="network-node__shape" d={nodeShapePath(node.kind, radius)} fill={fill} stroke={stroke} strokeWidth={node.isFocus ? 2 : 1.5} />
    </g>
  );
});
