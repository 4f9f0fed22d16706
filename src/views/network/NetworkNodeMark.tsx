import { memo, type KeyboardEvent } from 'react';
import { nodePaint, nodeShapePath } from '../../styles/networkStyle';
import { useNodeSelected } from './useNetworkEmphasis';
import type { DragHandlers } from './useNodeDrag';
import type { ActorKind } from '../../model/actorKinds';

interface Props {
  id: string;
  kind: ActorKind;
  isFocus: boolean;
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
 * It follows the selection on its own, so a pick re-renders only the nodes it selects or
 * deselects; its emphasis is written onto it without a render (`useMarkEmphasis`). Every other
 * prop is a plain value or stays the same object while the pointer moves or a filter leaves the
 * node as it was.
 */
export const NetworkNodeMark = memo(function NetworkNodeMark({ id, kind, isFocus, x, y, radius, name, drag, onPick, onPoint }: Props) {
  const selected = useNodeSelected(id);
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onPick(id);
  };
  const paint = nodePaint(kind, isFocus);
  return (
    <g
      className="network-node"
      data-id={id}
      data-kind={kind}
      role="button"
      tabIndex={0}
      aria-label={name}
      aria-pressed={selected}
      onClick={() => {
        if (!drag.consumeDragClick()) onPick(id);
      }}
      onKeyDown={onKeyDown}
      onFocus={() => onPoint(id)}
      onBlur={() => onPoint(null)}
      onPointerEnter={() => onPoint(id)}
      onPointerLeave={() => onPoint(null)}
      onPointerDown={drag.onPointerDown}
      onPointerMove={drag.onPointerMove}
      onPointerUp={drag.onPointerUp}
      onPointerCancel={drag.onPointerCancel}
    >
      <path className="network-node__focus-ring" d={nodeShapePath(kind, radius + 6, x, y)} />
      {selected && <path className="network-node__selected-ring" d={nodeShapePath(kind, radius + 3.5, x, y)} />}
      <path
        className="network-node__shape"
        d={nodeShapePath(kind, radius, x, y)}
        fill={paint.fill}
        stroke={paint.stroke}
        strokeWidth={paint.width}
      />
    </g>
  );
});
