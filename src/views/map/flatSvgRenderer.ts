import { SVG, type Bounds, type Map as LeafletMap, type Path, type PathOptions, type Renderer, type RendererOptions } from 'leaflet';
import { useState } from 'react';

/** The methods of Leaflet's SVG renderer that position its svg element, hold and style a path (not in its public types). */
interface Positioning {
  _container?: SVGElement;
  _rootGroup?: SVGGElement;
  _map?: LeafletMap;
  _bounds?: Bounds;
  _center?: unknown;
  _zoom?: number;
  _layers: Record<string, { _project(): void; _update(): void }>;
  _update(): void;
  _updatePaths(): void;
  _updateTransform(center: unknown, zoom: number): void;
  _initContainer(): void;
  _addPath(layer: StyledLayer): void;
  _removePath(layer: StyledLayer): void;
}

/**
 * Where a path is drawn in its renderer's svg: among the marks a pick never fades (`fades`
 * false), among those it fades, or lifted above both (`picked`), at full strength.
 */
export interface PathPlace {
  fades: boolean;
  picked: boolean;
}

/**
 * A path layer as the renderer sees it; `place` is where it goes once its path is added, and
 * `rank` its order among the others (by default, the order in which they were first added).
 */
interface StyledLayer {
  _path?: SVGPathElement;
  _renderer?: unknown;
  options: PathOptions & { place?: PathPlace; rank?: number };
}

/** The renderer's three groups, bottom to top. */
interface Groups {
  still: SVGGElement;
  faded: SVGGElement;
  picked: SVGGElement;
}
interface Grouped extends Positioning {
  _groups?: Groups;
  /** The view (zoom and pixel origin) the paths were last projected for, and the view and clip box they were last drawn for. */
  _projectedFor?: string;
  _drawnFor?: string;
  options: RendererOptions;
}

/** The class of the group map.css fades, as one element, while something is picked. */
export const FADE_GROUP_CLASS = 'map-fade-group';
/** The class of the group that holds the paths a pick brings forward, above the faded ones. */
export const PICKED_GROUP_CLASS = 'map-picked-group';

// Paths keep the order in which they were first added, in whichever group they are: a path put
// back, or moved by a filter from one group to another, goes where it was, so the same marks
// always overlap the same way whatever was hovered before.
const order = new WeakMap<Node, number>();
let added = 0;

function insertInOrder(group: SVGGElement, node: SVGElement) {
  const rank = order.get(node) ?? Infinity;
  let before: ChildNode | null = null;
  for (let child = group.lastChild; child; child = child.previousSibling) {
    if (child === node) continue;
    if ((order.get(child) ?? -1) <= rank) break;
    before = child;
  }
  if (node.parentNode === group && node.nextSibling === before) return;
  group.insertBefore(node, before);
}

function putInPlace(groups: Groups, path: SVGPathElement, place: PathPlace) {
  insertInOrder(place.picked ? groups.picked : place.fades ? groups.faded : groups.still, path);
}

function svgGroup(className: string): SVGGElement {
  const group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  group.setAttribute('class', className);
  return group;
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
 *
 * And it draws its paths in three groups (`placePath`): those a pick never fades, those it fades,
 * and those it brings forward, on top. A pick fades the middle group with one opacity (map.css),
 * which restyles one element, where fading each path restyled hundreds at 5,000 partnerships.
 *
 * And it projects and draws its paths once per view. A re-frame (`setView` to another zoom) fires
 * zoomend, moveend and viewreset in one call, and Leaflet's renderer answers them by projecting
 * every path twice and clipping, simplifying and writing it three times, the first time for the
 * old projection: about 75 ms of a filter's 190 at 5,000 partnerships. Here a path is projected
 * when the view it was projected for has changed, and drawn when that view or the clip box has.
 * A path whose points or options change redraws itself (`_updatePath`), as in Leaflet.
 */
const FlatSVG = SVG.extend({
  _initContainer(this: Grouped) {
    base._initContainer.call(this);
    this._groups = { still: svgGroup('map-still-group'), faded: svgGroup(FADE_GROUP_CLASS), picked: svgGroup(PICKED_GROUP_CLASS) };
    this._rootGroup!.append(this._groups.still, this._groups.faded, this._groups.picked);
  },
  _addPath(this: Grouped, layer: StyledLayer) {
    if (!this._rootGroup) this._initContainer();
    const path = layer._path!;
    if (!order.has(path)) order.set(path, layer.options.rank ?? added++);
    putInPlace(this._groups!, path, layer.options.place ?? { fades: false, picked: false });
    (layer as unknown as { addInteractiveTarget(t: Element): void }).addInteractiveTarget(path);
  },
  _update(this: Positioning) {
    base._update.call(this);
    flatten(this._container);
  },
  _onZoomEnd(this: Grouped) {
    projectForView(this);
  },
  _updatePaths(this: Grouped) {
    projectForView(this);
    const b = this._bounds;
    const drawFor = `${this._projectedFor}|${b ? `${b.min!.x},${b.min!.y},${b.max!.x},${b.max!.y}` : ''}`;
    if (this._drawnFor === drawFor) return;
    this._drawnFor = drawFor;
    for (const id in this._layers) this._layers[id]!._update();
  },
  _reset(this: Grouped) {
    this._update();
    this._updateTransform(this._center, this._zoom!);
    this._updatePaths();
  },
  _updateTransform(this: Positioning, center: unknown, zoom: number) {
    base._updateTransform.call(this, center, zoom);
    flatten(this._container);
  },
  _updateStyle(layer: StyledLayer) {
    const path = layer._path;
    if (!path) return;
    writeChanged(path, styleAttributes(layer.options));
    // react-leaflet gives a path its options once it is added: a rank among them moves it then.
    const rank = layer.options.rank;
    if (rank !== undefined && order.get(path) !== rank) {
      order.set(path, rank);
      if (path.parentNode) insertInOrder(path.parentNode as SVGGElement, path);
    }
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

/** Projects the renderer's paths for the map's current view, unless they already are. */
function projectForView(renderer: Grouped) {
  const map = renderer._map;
  if (!map) return;
  const origin = map.getPixelOrigin();
  const view = `${map.getZoom()}|${origin.x},${origin.y}`;
  if (renderer._projectedFor === view) return;
  renderer._projectedFor = view;
  for (const id in renderer._layers) renderer._layers[id]!._project();
}

/** `translate3d(x, y, 0)` with no scale becomes `translate(x, y)`; a scaled transform is an animation, kept. */
function flatten(container: SVGElement | undefined) {
  if (!container) return;
  const match = /^translate3d\(([^,]+),\s*([^,]+),\s*0(?:px)?\)(?: scale\(1\))?$/.exec(container.style.transform);
  if (match) container.style.transform = `translate(${match[1]}, ${match[2]})`;
}

/**
 * Puts a path among the marks a pick fades or not, or lifts it above them while a pick brings it
 * forward: map.css fades the whole faded group with one opacity, so a hover restyles the group
 * and the few paths it moves, not each path it leaves out. Before its path is added, the place
 * is kept for when it is.
 */
export function placePath(layer: Path, place: PathPlace) {
  const styled = layer as unknown as StyledLayer;
  styled.options.place = place;
  const groups = (styled._renderer as Grouped | undefined)?._groups;
  const path = styled._path;
  if (groups && path?.parentNode) putInPlace(groups, path, place);
}

/**
 * One flat SVG renderer for the paths of a pane, made once per component that draws them. Its
 * paths go among the marks a pick leaves alone until `placePath` puts them elsewhere; the links'
 * panes fade as a whole instead (map.css).
 */
export function useFlatRenderer(pane: string): Renderer {
  const [renderer] = useState(() => flatRenderer(pane));
  return renderer;
}

/** A flat SVG renderer for the paths of a pane (`useFlatRenderer`, outside React). */
export function flatRenderer(pane: string): Renderer {
  return new FlatSVG({ pane });
}
