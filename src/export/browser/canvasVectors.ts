import type { Rect } from '../cropToSubject';

/** What a canvas shows, as the SVG that would have drawn it. */
export interface VectorDrawing {
  /** The coordinates of the markup over the canvas's box, as an SVG's `viewBox` in its place would say them. */
  viewBox: string;
  /** The marks, as SVG elements, bottom first. */
  markup: string;
  /** The box around what is drawn, in the viewBox's coordinates; null when nothing is. */
  extent: Rect | null;
}

type Reader = () => VectorDrawing | null;

const readers = new WeakMap<Element, Reader>();

/**
 * Says how to read a canvas as vector. An export reads every layer of a chart as SVG, and a
 * canvas holds only pixels: the view that paints it registers how to draw the same marks as SVG,
 * read when an export asks for them. A canvas that no view registered is left out of exports.
 */
export function drawAsVector(canvas: HTMLCanvasElement, read: Reader): void {
  readers.set(canvas, read);
}

/** The vector drawing of a canvas, as its view reads it now; null for a canvas with none. */
export function readCanvasVector(canvas: Element): VectorDrawing | null {
  return readers.get(canvas)?.() ?? null;
}
