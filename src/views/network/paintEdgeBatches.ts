import { BATCHED_TIE, DISAGREEMENT_SIGN } from '../../styles/networkStyle';
import type { SignPaint } from './batchedVector';

/** A batch of ties as the canvas paints it: its joined segments as one path, and its stroke. */
export interface PaintedBatch<P> {
  path: P;
  color: string;
  width: number;
  dash: readonly number[];
}

/** What painting needs of a 2D context (a `CanvasRenderingContext2D` for a `Path2D`). */
export interface BatchCanvas<P> {
  globalAlpha: number;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  fillStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  lineCap: CanvasLineCap;
  setLineDash(segments: number[]): void;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  clearRect(x: number, y: number, w: number, h: number): void;
  stroke(path: P): void;
  fill(path: P): void;
}

/** The drawing's matrix from layout units to the canvas's own pixels. */
export interface CanvasMatrix {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

/** A dash written as SVG writes it ("7 3 1.5 3"), as a canvas takes it. */
export const dashOf = (dash: string | undefined): number[] =>
  dash
    ? dash
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number)
    : [];

/**
 * Clears the canvas and paints the batches, then the signs of the ties whose sources disagree, in
 * the order and the paint of their vector copy (`batchedTiesMarkup`). The matrix carries the zoom,
 * so line widths and dashes scale with it as the SVG's do.
 */
export function paintEdgeBatches<P>(
  canvas: BatchCanvas<P>,
  size: { width: number; height: number },
  matrix: CanvasMatrix,
  batches: readonly PaintedBatch<P>[],
  signs: { disc: P; strokes: P } | null,
  paint: SignPaint,
): void {
  canvas.setTransform(1, 0, 0, 1, 0, 0);
  canvas.clearRect(0, 0, size.width, size.height);
  canvas.setTransform(matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f);
  canvas.globalAlpha = BATCHED_TIE.opacity;
  canvas.lineCap = BATCHED_TIE.linecap;
  for (const b of batches) {
    canvas.strokeStyle = b.color;
    canvas.lineWidth = b.width;
    canvas.setLineDash([...b.dash]);
    canvas.stroke(b.path);
  }
  canvas.globalAlpha = 1;
  canvas.setLineDash([]);
  if (!signs) return;
  canvas.fillStyle = paint.paper;
  canvas.strokeStyle = paint.ink;
  canvas.lineWidth = DISAGREEMENT_SIGN.discWidth;
  canvas.fill(signs.disc);
  canvas.stroke(signs.disc);
  canvas.lineWidth = DISAGREEMENT_SIGN.signWidth;
  canvas.lineCap = 'round';
  canvas.stroke(signs.strokes);
}
