import { useMemo, useRef, type PointerEvent, type RefObject } from 'react';
import { zoomTransform } from 'd3';

export interface DragHandlers {
  onPointerDown(event: PointerEvent<SVGGElement>): void;
  onPointerMove(event: PointerEvent<SVGGElement>): void;
  onPointerUp(event: PointerEvent<SVGGElement>): void;
  onPointerCancel(event: PointerEvent<SVGGElement>): void;
  /** True once, right after a drag, so the click that ends a drag does not also select. */
  consumeDragClick(): boolean;
}

/** A press that moves less than this many screen pixels is a click, not a drag. */
const DRAG_THRESHOLD = 4;

/**
 * Dragging a node with a mouse, a pen or a finger, through pointer events on the node itself: the
 * pointer is captured on press, its position is turned into drawing units (through the svg's
 * viewBox and the current zoom), and each move reports where the node now is.
 */
export function useNodeDrag(
  svgRef: RefObject<SVGSVGElement | null>,
  onMove: (id: string, x: number, y: number) => void,
): (id: string) => DragHandlers {
  const drag = useRef<{ id: string; pointer: number; startX: number; startY: number; moved: boolean } | null>(null);
  const justDragged = useRef(false);

  return useMemo(() => {
    const toDrawing = (event: PointerEvent<SVGGElement>): [number, number] | null => {
      const svg = svgRef.current;
      const matrix = svg?.getScreenCTM();
      if (!svg || !matrix) return null;
      const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
      return zoomTransform(svg).invert([point.x, point.y]);
    };
    return (id: string) => ({
      onPointerDown(event) {
        if (event.button !== 0) return;
        // A drag released outside its node leaves no click behind to consume.
        justDragged.current = false;
        event.currentTarget.setPointerCapture?.(event.pointerId);
        drag.current = { id, pointer: event.pointerId, startX: event.clientX, startY: event.clientY, moved: false };
      },
      onPointerMove(event) {
        const current = drag.current;
        if (!current || current.id !== id || current.pointer !== event.pointerId) return;
        if (!current.moved && Math.hypot(event.clientX - current.startX, event.clientY - current.startY) < DRAG_THRESHOLD) return;
        current.moved = true;
        const point = toDrawing(event);
        if (point) onMove(id, point[0], point[1]);
      },
      onPointerUp(event) {
        if (drag.current?.moved) justDragged.current = true;
        drag.current = null;
        event.currentTarget.releasePointerCapture?.(event.pointerId);
      },
      onPointerCancel() {
        drag.current = null;
      },
      consumeDragClick() {
        const was = justDragged.current;
        justDragged.current = false;
        return was;
      },
    });
  }, [svgRef, onMove]);
}
