import { SVG, type PathOptions, type Point, type PointExpression } from 'leaflet';
import { element } from '../../export/svgMarkup';
import type { VectorDrawing } from '../../export/browser/canvasVectors';
import { styleAttributes } from './flatSvgRenderer';
import { ASIDE_OPACITY } from './linkWeights';

/** A batch as a canvas drew it: its projected, clipped lines and the options an SVG renderer would have drawn it with. */
export interface DrawnBatch {
  /** The polyline's `_parts`: its lines in the map's layer pixels, clipped to the renderer's bounds. */
  parts: readonly (readonly Point[])[];
  /** The options a polyline with the SVG style holds, its defaults included. */
  options: PathOptions;
  className: string;
}

interface Bounds {
  min: { x: number; y: number };
  max: { x: number; y: number };
}

/**
 * One batch as the path Leaflet's SVG renderer writes for it (`d` from `SVG.pointsToPath`, the
 * stroke's attributes from `styleAttributes`), with the opacity map.css gives every tie between
 * two other actors (`.map-link--aside`). Null for a batch the renderer's bounds leave empty.
 */
export function batchedLinkPath({ parts, options, className }: DrawnBatch): string | null {
  if (parts.every((part) => part.length === 0)) return null;
  // Its lines are rings of points; Leaflet's types say a flat list.
  const d = SVG.pointsToPath(parts as unknown as PointExpression[], false);
  return element('path', { class: className, ...styleAttributes(options), opacity: ASIDE_OPACITY, d });
}

/**
 * The batches a canvas shows, as an SVG in the canvas's place would draw them: in the renderer's
 * bounds as its viewBox (as Leaflet's SVG renderer sets it), bottom batch first, with the box
 * around every line for the part of the map an export keeps.
 */
export function batchedLinksDrawing(bounds: Bounds, batches: readonly DrawnBatch[]): VectorDrawing {
  const { min, max } = bounds;
  let markup = '';
  let left = Infinity,
    top = Infinity,
    right = -Infinity,
    bottom = -Infinity;
  for (const batch of batches) {
    const path = batchedLinkPath(batch);
    if (!path) continue;
    markup += path;
    for (const part of batch.parts) {
      for (const p of part) {
        left = Math.min(left, p.x);
        top = Math.min(top, p.y);
        right = Math.max(right, p.x);
        bottom = Math.max(bottom, p.y);
      }
    }
  }
  return {
    viewBox: [min.x, min.y, max.x - min.x, max.y - min.y].join(' '),
    markup,
    extent: left === Infinity ? null : { x: left, y: top, width: right - left, height: bottom - top },
  };
}
