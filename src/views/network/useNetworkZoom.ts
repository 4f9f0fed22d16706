import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { select, zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3';

export interface ZoomControls {
  zoomBy(factor: number): void;
  /** Pans by a distance in drawing units, whatever the zoom. */
  panBy(dx: number, dy: number): void;
  reset(): void;
  /** Pans just enough to bring a point back into view. */
  reveal(x: number, y: number): void;
}

/**
 * Only a deliberate gesture pans or zooms, so the page still scrolls over the diagram: a wheel
 * zooms with Ctrl or Cmd held (also a trackpad pinch), a touch needs two fingers, and a press
 * on a node belongs to the node (it drags it).
 */
function acceptGesture(event: Event & { button?: number; ctrlKey?: boolean; metaKey?: boolean; touches?: TouchList }): boolean {
  if (event.target instanceof Element && event.target.closest('.network-node')) return false;
  if (event.type === 'wheel') return Boolean(event.ctrlKey || event.metaKey);
  if (event.type === 'touchstart') return (event.touches?.length ?? 0) >= 2;
  return !event.ctrlKey && !event.button;
}

/**
 * d3-zoom on the diagram's one svg element: d3 reads the gestures, React draws the transform.
 * The listeners are removed when the drawing size changes or the diagram goes.
 */
export function useNetworkZoom(svgRef: RefObject<SVGSVGElement | null>, width: number, height: number): [ZoomTransform, ZoomControls] {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const behaviorRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);

  useEffect(
    function attachZoom() {
      const svg = svgRef.current;
      if (!svg) return;
      const area: [[number, number], [number, number]] = [
        [0, 0],
        [width, height],
      ];
      const behavior = zoom<SVGSVGElement, unknown>()
        .extent(area)
        .translateExtent(area)
        .scaleExtent([1, 8])
        .filter(acceptGesture)
        .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
      const selection = select(svg).call(behavior).call(behavior.transform, zoomIdentity);
      behaviorRef.current = behavior;
      return () => {
        selection.on('.zoom', null);
        behaviorRef.current = null;
      };
    },
    [svgRef, width, height],
  );

  const controls = useMemo<ZoomControls>(() => {
    const run = (action: (behavior: ZoomBehavior<SVGSVGElement, unknown>, svg: SVGSVGElement) => void) => {
      const svg = svgRef.current;
      if (svg && behaviorRef.current) action(behaviorRef.current, svg);
    };
    return {
      zoomBy: (factor) => run((b, svg) => select(svg).call(b.scaleBy, factor)),
      panBy: (dx, dy) => run((b, svg) => select(svg).call(b.translateBy, -dx / zoomTransform(svg).k, -dy / zoomTransform(svg).k)),
      reset: () => run((b, svg) => select(svg).call(b.transform, zoomIdentity)),
      reveal: (x, y) =>
        run((b, svg) => {
          const [sx, sy] = zoomTransform(svg).apply([x, y]);
          const margin = 30;
          if (sx < margin || sy < margin || sx > width - margin || sy > height - margin) select(svg).call(b.translateTo, x, y);
        }),
    };
  }, [svgRef, width, height]);

  return [transform, controls];
}
