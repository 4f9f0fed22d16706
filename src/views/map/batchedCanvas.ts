import { Canvas, type Renderer, type RendererOptions } from 'leaflet';
import { useState } from 'react';
import { flatten } from './flatSvgRenderer';

/** The methods of Leaflet's canvas renderer that position its canvas (not in its public types). */
interface Positioning {
  _container?: HTMLCanvasElement;
  _update(): void;
  _updateTransform(center: unknown, zoom: number): void;
}

const base = Canvas.prototype as unknown as Positioning;

/**
 * Leaflet's canvas renderer, positioned by a flat (2D) translation once the map is still, as the
 * flat SVG renderer is (flatSvgRenderer.ts says why): a canvas moved in 3D is composited as a
 * layer of its own, and every place drawn above it then gets one too.
 */
const FlatCanvas = Canvas.extend({
  _update(this: Positioning) {
    base._update.call(this);
    flatten(this._container);
  },
  _updateTransform(this: Positioning, center: unknown, zoom: number) {
    base._updateTransform.call(this, center, zoom);
    flatten(this._container);
  },
}) as unknown as new (options?: RendererOptions) => Renderer;

/**
 * How far past the map's frame the canvas reaches, as a share of its size: Leaflet's default, the
 * SVG renderers', so a batch is clipped where an SVG renderer would clip it and its vector copy
 * (`batchedLinksDrawing`) is what an SVG in the canvas's place would have drawn.
 */
const PADDING = 0.1;

/**
 * Whether this browser gives a canvas a 2D context to draw on. jsdom has canvases with no
 * drawing (and says so on the console), and a browser may refuse a context; Leaflet's canvas
 * renderer would then fail on its first drawing.
 */
export function canDrawOnCanvas(): boolean {
  return typeof document !== 'undefined' && document.createElement('canvas').getContext('2d') !== null;
}

/**
 * A canvas renderer for the paths of a pane, made once per component that draws them, or null
 * where no canvas can be drawn on. The component removes it from the map when it leaves
 * (`renderer.remove()`), which removes its canvas.
 */
export function useCanvasRenderer(pane: string): Renderer | null {
  const [renderer] = useState(() => (canDrawOnCanvas() ? new FlatCanvas({ pane, padding: PADDING }) : null));
  return renderer;
}

/** The canvas a renderer draws on, once it is on a map. */
export function canvasOf(renderer: Renderer): HTMLCanvasElement | undefined {
  return (renderer as unknown as Positioning)._container;
}

/** The renderer's bounds in the map's layer pixels, which an SVG renderer would give its viewBox (not in its public types). */
export function boundsOf(renderer: Renderer): { min: { x: number; y: number }; max: { x: number; y: number } } | undefined {
  return (renderer as unknown as { _bounds?: { min: { x: number; y: number }; max: { x: number; y: number } } })._bounds;
}
