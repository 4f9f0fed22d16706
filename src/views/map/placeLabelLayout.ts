import type { CSSProperties } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import type { MapPlace } from '../../derive/toMapScene';
import {
  placeLabels,
  placeShownLabels,
  type Avoid,
  type Bounds,
  type LabelPlacement,
  type MapLabelRequest,
} from '../../derive/mapLabelLayout';
import { boxTouchesShape, toPlacedShape, type FocusShape } from '../../derive/mapFocusShape';
import { linkExit, placeEdgeMarkers, type EdgeMarker } from '../../derive/mapEdgeMarkers';
import type { GridBox } from '../../derive/boxGrid';
import type { LatLng } from '../../derive/geoTypes';
import { estimateTextWidth, WIDEST_SANS_WIDTHS } from '../../text/measureText';

export const MAP_LABEL_HEIGHT = 24;

/**
 * A label's type (map.css) is 13 px, bold for every name and bolder for the focus's. The widest
 * sans font's regular widths come within a few per cent of the partners' names as Chromium draws
 * them in DejaVu Sans Bold (Russie 47 px estimated, 48 measured; Burkina Faso 92 and 95); its bold
 * ones, which overstate those by up to a tenth, are kept for the focus's name, drawn bolder still
 * and the one label that must show: it is never estimated short.
 */
const LABEL_FONT_SIZE = 13;
/** The widest a label's name is drawn (map.css cuts it with an ellipsis past this). */
export const MAX_NAME_WIDTH = 448;

/**
 * A label's width estimated from its text (its type, its padding and its status glyph), from the
 * widest common sans font's widths, as the network's labels are. An estimate, not a measure, keeps the
 * layout the same in every browser and in tests; labels are anchored on the side facing their
 * point, so a small error only moves their far edge. A name is never drawn wider than
 * `MAX_NAME_WIDTH`, so a runaway one cannot push a label off the map.
 */
export function estimateLabelWidth(text: string, withGlyph: boolean, bold: boolean): number {
  const name = estimateTextWidth(text, LABEL_FONT_SIZE, bold ? 700 : 400, WIDEST_SANS_WIDTHS);
  return Math.ceil(Math.min(name, MAX_NAME_WIDTH) + 18 + (withGlyph ? 15 : 0));
}

/**
 * A place and its label, in layer pixels: `x` and `y` are its point, or for a place outside the
 * frame (`edge`) its marker's arrow tip on the frame's border, its label beside the arrow.
 */
export interface PlacedMapLabel extends LabelPlacement {
  place: MapPlace;
  x: number;
  y: number;
  width: number;
  edge: EdgeMarker | null;
}

/** The focus's country in layer pixels at the current view: labels stay off it, the focus's own goes beside it. */
export interface ShapeInView {
  avoid: Avoid;
  /** The box of its main polygon, beside which the focus's label may go. */
  around: GridBox;
}

export function shapeInView(map: LeafletMap, shape: FocusShape | null): ShapeInView | null {
  if (!shape) return null;
  const toPixels = (ring: readonly (readonly [number, number])[]) =>
    ring.map(([lat, lng]) => {
      const p = map.latLngToLayerPoint([lat, lng]);
      return [p.x, p.y] as const;
    });
  const placed = toPlacedShape(shape.polygons.map((rings) => rings.map(toPixels)));
  const { south, west, north, east } = shape.extent;
  const nw = map.latLngToLayerPoint([north, west]);
  const se = map.latLngToLayerPoint([south, east]);
  return { avoid: (box) => boxTouchesShape(box, placed), around: { x0: nw.x, y0: nw.y, x1: se.x, y1: se.y } };
}

/**
 * The order places are labelled in, most important first: the focus, then the places with the
 * most partnerships, then the order of the scene (the strongest relations first).
 */
export function rankPlaces(places: readonly MapPlace[], countOf: (actorId: string) => number): MapPlace[] {
  const order = new Map(places.map((p, i) => [p.actorId, i]));
  return [...places].sort(
    (a, b) =>
      Number(b.isFocus) - Number(a.isFocus) || countOf(b.actorId) - countOf(a.actorId) || order.get(a.actorId)! - order.get(b.actorId)!,
  );
}

/** The visible part of the map in layer pixels, less a small margin, which no label may leave. */
function visibleBounds(map: LeafletMap): Bounds {
  const size = map.getSize();
  const origin = map.containerPointToLayerPoint([0, 0]);
  const margin = 4;
  return { minX: origin.x + margin, minY: origin.y + margin, maxX: origin.x + size.x - margin, maxY: origin.y + size.y - margin };
}

/**
 * What no label may cover: the focus's country (`shape`) and the map's own controls (`controls`,
 * in the container's pixels), as layer-pixel boxes are tested.
 */
function avoidFor(map: LeafletMap, shape: ShapeInView | null, controls: readonly GridBox[]): Avoid | undefined {
  if (!shape && controls.length === 0) return undefined;
  const origin = map.containerPointToLayerPoint([0, 0]);
  const boxes = controls.map((c) => ({ x0: c.x0 + origin.x, y0: c.y0 + origin.y, x1: c.x1 + origin.x, y1: c.y1 + origin.y }));
  return (box) => boxes.some((c) => c.x0 < box.x1 && box.x0 < c.x1 && c.y0 < box.y1 && box.y0 < c.y1) || Boolean(shape?.avoid(box));
}

function requestsOf(
  map: LeafletMap,
  places: readonly MapPlace[],
  nameOf: (id: string) => string,
  shape: ShapeInView | null,
): MapLabelRequest[] {
  return places.map((place) => {
    const point = map.latLngToLayerPoint(place.latLng);
    const width = estimateLabelWidth(nameOf(place.actorId), !place.isFocus, place.isFocus);
    const around = place.isFocus ? shape?.around : undefined;
    return {
      id: place.actorId,
      x: point.x,
      y: point.y,
      width,
      height: MAP_LABEL_HEIGHT,
      required: place.isFocus,
      ...(around && { around }),
    };
  });
}

/**
 * The labels of every place of the dataset, whatever the filters, ranked by `countOf`, by actor
 * id, clear of the focus's country and of the map's `controls`: computed once per dataset,
 * language and state of the map view, so a filter only picks from them (`layoutPlaceLabels`).
 * `_view` names the state of the map view; it is not read.
 */
export function layoutDatasetLabels(
  map: LeafletMap,
  places: readonly MapPlace[],
  nameOf: (id: string) => string,
  countOf: (actorId: string) => number,
  shape: ShapeInView | null,
  controls: readonly GridBox[],
  _view?: number,
): Map<string, LabelPlacement> {
  const placements = placeLabels(
    requestsOf(map, rankPlaces(places, countOf), nameOf, shape),
    visibleBounds(map),
    avoidFor(map, shape, controls),
  );
  return new Map(placements.map((p) => [p.id, p]));
}

/**
 * Every shown place's point in layer pixels and its label's placement, in the order of `places`:
 * a label placed for the whole dataset (`all`) keeps its position; the rest are placed, ranked by
 * `countOf`, where room is left, or left unlabelled. A place outside the frame gets a marker on
 * the frame's border instead (`placeEdgeMarkers`), where its link in `arcs` (by partner) leaves
 * the map, clear of the labels and points inside and of `controls` (the zoom buttons, in the
 * map's container pixels).
 */
export function layoutPlaceLabels(
  map: LeafletMap,
  places: readonly MapPlace[],
  nameOf: (id: string) => string,
  countOf: (actorId: string) => number,
  all: ReadonlyMap<string, LabelPlacement>,
  shape: ShapeInView | null,
  controls: readonly GridBox[],
  arcs: ReadonlyMap<string, readonly LatLng[]> = new Map(),
): PlacedMapLabel[] {
  const ranked = rankPlaces(places, countOf);
  const requests = requestsOf(map, ranked, nameOf, shape);
  const bounds = visibleBounds(map);
  const avoid = avoidFor(map, shape, controls);
  const placements = placeShownLabels(requests, all, bounds, avoid);
  const labels = placements.map((p, i): PlacedMapLabel => ({
    ...p,
    place: ranked[i]!,
    x: requests[i]!.x,
    y: requests[i]!.y,
    width: requests[i]!.width,
    edge: null,
  }));
  const outside = (label: PlacedMapLabel) =>
    label.x < bounds.minX || label.x > bounds.maxX || label.y < bounds.minY || label.y > bounds.maxY;
  const away = labels.filter(outside);
  if (away.length > 0) {
    const origin = map.containerPointToLayerPoint([0, 0]);
    const obstacles: GridBox[] = [...controls];
    for (const label of labels) {
      if (outside(label)) continue;
      const x = label.x - origin.x;
      const y = label.y - origin.y;
      obstacles.push({ x0: x - 7, y0: y - 7, x1: x + 7, y1: y + 7 });
      if (label.shown)
        obstacles.push({ x0: x + label.left, y0: y + label.top, x1: x + label.left + label.width, y1: y + label.top + MAP_LABEL_HEIGHT });
    }
    const size = map.getSize();
    const markers = placeEdgeMarkers(
      away.map((label) => {
        const arc = arcs.get(label.id);
        const exit = arc
          ? linkExit(
              arc.map((latLng) => map.latLngToContainerPoint(latLng)),
              { width: size.x, height: size.y },
            )
          : null;
        return { id: label.id, x: label.x - origin.x, y: label.y - origin.y, width: label.width, height: MAP_LABEL_HEIGHT, exit };
      }),
      { width: size.x, height: size.y },
      obstacles,
      shape
        ? (box) => shape.avoid({ x0: box.x0 + origin.x, y0: box.y0 + origin.y, x1: box.x1 + origin.x, y1: box.y1 + origin.y })
        : undefined,
    );
    markers.forEach((edge, i) => {
      const label = away[i]!;
      Object.assign(label, {
        x: origin.x + edge.x,
        y: origin.y + edge.y,
        left: edge.left,
        top: edge.top,
        align: edge.align,
        leader: null,
        shown: edge.shown,
        edge,
      });
    });
  }
  const byId = new Map(labels.map((label) => [label.id, label]));
  return places.map((place) => byId.get(place.actorId)!);
}

/**
 * Where the label sits around its point, by the side that faces the point, so a label whose real
 * width differs from the estimate grows away from its point. Places and labels are placed by their
 * offsets, not by transforms: hundreds of transformed elements make the browser sort the map into
 * layers again on every hover (about 100 ms at 5,000 partnerships).
 */
export function labelPosition(label: PlacedMapLabel): CSSProperties {
  const position: CSSProperties = { top: `${label.top}px`, height: `${MAP_LABEL_HEIGHT}px` };
  if (label.align === 'start') return { ...position, left: `${label.left}px` };
  // The place's item has no size, so its right edge is the point itself.
  if (label.align === 'end') return { ...position, right: `${-(label.left + label.width)}px` };
  // Centred on the point between two insets far enough apart for any label (map.css).
  const centre = label.left + label.width / 2;
  return { ...position, left: `${centre - MIDDLE_SPAN}px`, right: `${-(centre + MIDDLE_SPAN)}px` };
}

/** Half the room a centred label is centred in: far wider than any label. */
const MIDDLE_SPAN = 1000;
