import { SVG, type PathOptions, type Renderer, type RendererOptions } from 'leaflet';
import { useState } from 'react';

/** The methods of Leaflet's SVG renderer that position its svg element and style a path (not in its public types). */
interface Positioning {
  _container?: SVGElement;
  _update(): void;
  _updateTransform(center: unknown, zoom: number): void;
}

/** A path layer as the renderer sees it. */
interface StyledLayer {
  _path?: SVGPathElement;
  options: PathOptions;
}

const base = SVG.prototype as unknown as Positioning;

/**
 * Leaflet's SVG renderer, positioned by a flat (2D) translation once the map is still. Leaflet
 * moves each renderer's svg with a 3D translation and gives it `will-change: transform`, which
 * make the browser composite it as a layer of its own; every place drawn above the basemap and
 * the links then overlaps composited content and gets a layer too (about 70 at 5,000
 * partnerships), which the browser sorts into layers again on every hover. With flat translations
 * (and map.css) the whole map is one layer, its map pane's, which Leaflet still moves in 3D so a
 * drag stays smooth. During a zoom animation the scaled transform is left as Leaflet sets it.
 *
 * It also restyles a path by writing only the attributes whose value changes: Leaflet writes all
 * eight or so each time, and a filter at 5,000 partnerships restyles hundreds of links and
 * countries whose width or fill alone changes (about 2,800 attribute writes instead of 900).
 */
const FlatSVG = SVG.extend({
  _update(this: Positioning) {
    base._update.call(this);
    flatten(this._container);
  },
  _updateTransform(this: Positioning, center: unknown, zoom: number) {
    base._updateTransform.call(this, center, zoom);
    flatten(this._container);
  },
  _updateStyle(layer: StyledLayer) {
    const path = layer._path;
    if (path) writeChanged(path, styleAttributes(layer.options));
  },
}) as unknown as new (options?: RendererOptions) => Renderer;

/** The attributes Leaflet's own `_updateStyle` writes for these options; null for one it removes. */
export function styleAttributes(o: PathOptions): Record<string, string | null> {
  const stroke: Record<string, string | null> = o.stroke
    ? {
        stroke: String(o.color),
        'stroke-opacity': String(o.opacity),
        'stroke-width': String(o.weight),
        'stroke-linecap': String(o.lineCap),
        'stroke-linejoin': String(o.lineJoin),
        'stroke-dasharray': o.dashArray ? String(o.dashArray) : null,
        'stroke-dashoffset': o.dashOffset ? String(o.dashOffset) : null,
      }
    : { stroke: 'none' };
  const fill: Record<string, string> = o.fill
    ? { fill: String(o.fillColor || o.color), 'fill-opacity': String(o.fillOpacity), 'fill-rule': String(o.fillRule || 'evenodd') }
    : { fill: 'none' };
  return { ...stroke, ...fill };
}

function writeChanged(element: Element, attributes: Record<string, string | null>) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null) {
      if (element.hasAttribute(name)) element.removeAttribute(name);
    } else if (element.getAttribute(name) !== value) {
      element.setAttribute(name, value);
    }
  }
}

/** `translate3d(x, y, 0)` with no scale becomes `translate(x, y)`; a scaled transform is an animation, kept. */
function flatten(container: SVGElement | undefined) {
  if (!container) return;
  const match = /^translate3d\(([^,]+),\s*([^,]+),\s*0(?:px)?\)(?: scale\(1\))?$/.exec(container.style.transform);
  if (match) container.style.transform = `translate(${match[1]}, ${match[2]})`;
}

/** One flat SVG renderer for the paths of a pane, made once per component that draws them. */
export function useFlatRenderer(pane: string): Renderer {
  const [renderer] = useState(() => new FlatSVG({ pane }));
  return renderer;
}
