import { useEffect, useRef, type RefObject } from 'react';
import type { ZoomControls } from './useNetworkZoom';

/**
 * Keys for the diagram while the focus is in it (on a node or a control): + and − zoom, the
 * arrows pan, 0 resets, Escape closes the tooltip (and, further up, clears the selection).
 * Keys with Ctrl, Alt or Cmd are left to the browser, whose own zoom they are.
 */
export function useNetworkKeys(
  containerRef: RefObject<HTMLElement | null>,
  zoom: ZoomControls,
  reset: () => void,
  step: number,
  onEscape: () => void,
): void {
  const latest = useRef({ zoom, reset, step, onEscape });
  useEffect(function keepLatestHandlers() {
    latest.current = { zoom, reset, step, onEscape };
  });
  useEffect(
    function listenForDiagramKeys() {
      const container = containerRef.current;
      if (!container) return;
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.ctrlKey || event.altKey || event.metaKey) return;
        const { zoom, reset, step, onEscape } = latest.current;
        const actions: Record<string, () => void> = {
          '+': () => zoom.zoomBy(1.4),
          '=': () => zoom.zoomBy(1.4),
          '-': () => zoom.zoomBy(1 / 1.4),
          _: () => zoom.zoomBy(1 / 1.4),
          '0': reset,
          ArrowLeft: () => zoom.panBy(-step, 0),
          ArrowRight: () => zoom.panBy(step, 0),
          ArrowUp: () => zoom.panBy(0, -step),
          ArrowDown: () => zoom.panBy(0, step),
        };
        if (event.key === 'Escape') onEscape();
        const action = actions[event.key];
        if (!action) return;
        event.preventDefault();
        action();
      };
      container.addEventListener('keydown', onKeyDown);
      return () => container.removeEventListener('keydown', onKeyDown);
    },
    [containerRef],
  );
}
