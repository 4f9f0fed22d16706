import { element } from '../svgMarkup';
import type { Rect } from '../cropToSubject';
import { cloneWithStyles, innerMarkup } from './inlineStyles';
import { readCanvasVector } from './canvasVectors';

/** Leaflet's layers of vectors: an SVG or a canvas per renderer, each in its pane. */
export const MAP_LAYERS = '.leaflet-pane > svg, .leaflet-pane > canvas';

/**
 * One layer of the map, nested as an SVG at the place it occupies in the map's frame: an SVG as
 * its styles draw it, a canvas as the vector drawing its view registered (`drawAsVector`), faded
 * as the page fades it. A canvas with no vector drawing gives nothing: an export stays vector.
 */
export function readMapLayer(layer: Element, frame: DOMRect): string {
  const r = layer.getBoundingClientRect();
  const place = { x: r.left - frame.left, y: r.top - frame.top, width: r.width, height: r.height };
  if (layer instanceof SVGSVGElement) {
    const viewBox = layer.getAttribute('viewBox') ?? `0 0 ${r.width} ${r.height}`;
    return element('svg', { ...place, viewBox, overflow: 'visible' }, innerMarkup(cloneWithStyles(layer)));
  }
  const drawing = readCanvasVector(layer);
  if (!drawing) return '';
  const opacity = getComputedStyle(layer).opacity;
  const markup = Number(opacity) < 1 ? element('g', { opacity }, drawing.markup) : drawing.markup;
  return element('svg', { ...place, viewBox: drawing.viewBox, overflow: 'visible' }, markup);
}

/** What the map's canvases draw, each as a box in the page's pixels, for the part of the map an export keeps. */
export function drawnOnCanvases(container: ParentNode): Rect[] {
  const boxes: Rect[] = [];
  for (const canvas of container.querySelectorAll('.leaflet-pane > canvas')) {
    const drawing = readCanvasVector(canvas);
    if (!drawing?.extent) continue;
    const [x = 0, y = 0, width = 0, height = 0] = drawing.viewBox.split(/[\s,]+/).map(Number);
    const r = canvas.getBoundingClientRect();
    if (width === 0 || height === 0) continue;
    const sx = r.width / width;
    const sy = r.height / height;
    const e = drawing.extent;
    boxes.push({ x: r.left + (e.x - x) * sx, y: r.top + (e.y - y) * sy, width: e.width * sx, height: e.height * sy });
  }
  return boxes;
}
