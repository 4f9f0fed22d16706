import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ZoomTransform } from 'd3';
import type { EdgeBatch } from './batchedEdges';
import { dashOf, paintEdgeBatches } from './paintEdgeBatches';
import { signPaintOf } from './signPaint';
import { useReachActive, type ReachStore } from './useNetworkEmphasis';

interface Props {
  batches: readonly EdgeBatch[];
  signs: { disc: string; strokes: string } | null;
  /** The zoom, only to repaint when it changes: the matrix is read from the drawing's group. */
  transform: ZoomTransform;
  /** The group the svg draws the marks in, whose screen matrix places the canvas's paths. */
  drawing: RefObject<SVGGElement | null>;
  emphasisStore: ReachStore;
}

/**
 * The ties a dense diagram batches, painted on a canvas under the svg. At 50,000 partnerships
 * they are some 30,000 segments: as SVG paths, every hover's fade and every filter made Chrome
 * raster them again (over a second a hover, docs/performance.md). On a canvas a filter or a zoom
 * repaints a few `Path2D`s, and a fade is the canvas's own opacity (network.css), which changes no
 * pixel of it. Their place in the svg holds a vector stand-in for exports and print
 * (`NetworkEdgeBatches`); the pointer finds them by distance as before (`findBatchedEdgeAt`).
 */
export const NetworkEdgeCanvas = memo(function NetworkEdgeCanvas({ batches, signs, transform, drawing, emphasisStore }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const active = useReachActive(emphasisStore);
  const [repaints, repaint] = useState(0);
  const painted = useRef({ width: 0, height: 0 });
  // jsdom, which runs the component tests, has no Path2D and paints nothing.
  const paths = useMemo(
    () =>
      typeof Path2D === 'undefined'
        ? null
        : {
            batches: batches.map((b) => ({ path: new Path2D(b.d), color: b.color, width: b.width, dash: dashOf(b.dash) })),
            signs: signs ? { disc: new Path2D(signs.disc), strokes: new Path2D(signs.strokes) } : null,
          },
    [batches, signs],
  );

  useEffect(function repaintWhenResized() {
    const canvas = ref.current;
    if (!canvas || typeof ResizeObserver === 'undefined') return;
    // An observer reports the size it first finds too: only a change repaints.
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.contentRect;
      if (box && (box.width !== painted.current.width || box.height !== painted.current.height)) repaint((n) => n + 1);
    });
    observer.observe(canvas);
    return () => observer.disconnect();
  }, []);

  useEffect(function repaintWithTheTheme() {
    // The signs take the theme's ink and paper, which a stylesheet cannot hand a canvas.
    if (typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver(() => repaint((n) => n + 1));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(
    function paint() {
      const canvas = ref.current;
      const group = drawing.current;
      const context = paths && canvas ? canvas.getContext('2d') : null;
      const matrix = group?.getScreenCTM();
      if (!paths || !canvas || !context || !matrix) return;
      const box = canvas.getBoundingClientRect();
      painted.current = { width: box.width, height: box.height };
      const ratio = window.devicePixelRatio || 1;
      const width = Math.round(box.width * ratio);
      const height = Math.round(box.height * ratio);
      if (canvas.width !== width) canvas.width = width;
      if (canvas.height !== height) canvas.height = height;
      const placed = {
        a: matrix.a * ratio,
        b: matrix.b * ratio,
        c: matrix.c * ratio,
        d: matrix.d * ratio,
        e: (matrix.e - box.left) * ratio,
        f: (matrix.f - box.top) * ratio,
      };
      paintEdgeBatches(context, { width, height }, placed, paths.batches, paths.signs, signPaintOf(canvas));
    },
    [paths, transform, drawing, repaints],
  );

  return <canvas ref={ref} className="network-batched-canvas" aria-hidden="true" data-emphasis-active={active ? '' : undefined} />;
});
