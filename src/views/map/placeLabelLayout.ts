import type { CSSProperties } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import type { MapPlace } from '../../derive/toMapScene';
import { placeLabels, placeShownLabels, type Bounds, type LabelPlacement, type LabelRequest } from '../../derive/mapLabelLayout';

export const LABEL_HEIGHT = 24;

/**
 * A label's width estimated from its text (13 px type, its padding and its status glyph). An
 * estimate, not a measure, keeps the layout the same in every browser and in tests; labels are
 * anchored on the side facing their point, so a small error only moves their far edge.
 */
export function estimateLabelWidth(text: string, withGlyph: boolean, bold: boolean): number {
  const perChar = bold ? 8 : 7.4;
  return Math.ceil(text.length * perChar + 18 + (withGlyph ? 15 : 0));
}

export interface PlacedLabel extends LabelPlacement {
  place: MapPlace;
  x: number;
  y: number;
  width: number;
}

/**
 * The order places are labelled in, most important first: the focus, then the places with the
 * most partnerships, then the order of the scene (the strongest relations first).
 */
export function rankPlaces(places: readonly MapPlace[], countOf: (actorId: string) => number): MapPlace[] {
  const order = new Map(places.map((p, i) => [p.actorId, i]));
  return [...places].sort(
    (a, b) => Number(b.isFocus) - Number(a.isFocus) || countOf(b.actorId) - countOf(a.actorId) || order.get(a.actorId)! - order.get(b.actorId)!,
  );
}

/** The visible part of the map in layer pixels, less a small margin, which no label may leave. */
function visibleBounds(map: LeafletMap): Bounds {
  const size = map.getSize();
  const origin = map.containerPointToLayerPoint([0, 0]);
  const margin = 4;
  return { minX: origin.x + margin, minY: origin.y + margin, maxX: origin.x + size.x - margin, maxY: origin.y + size.y - margin };
}

function requestsOf(map: LeafletMap, places: readonly MapPlace[], nameOf: (id: string) => string): LabelRequest[] {
  return places.map((place) => {
    const point = map.latLngToLayerPoint(place.latLng);
    const width = estimateLabelWidth(nameOf(place.actorId), !place.isFocus, place.isFocus);
    return { id: place.actorId, x: point.x, y: point.y, width, height: LABEL_HEIGHT, required: place.isFocus };
  });
}

/**
 * The labels of every place of the dataset, whatever the filters, ranked by `countOf`, by actor
 * id: computed once per dataset, language and state of the map view, so a filter only picks from
 * them (`layoutPlaceLabels`). `_view` names the state of the map view; it is not read.
 */
export function layoutDatasetLabels(
  map: LeafletMap,
  places: readonly MapPlace[],
  nameOf: (id: string) => string,
  countOf: (actorId: string) => number,
  _view?: number,
): Map<string, LabelPlacement> {
  const placements = placeLabels(requestsOf(map, rankPlaces(places, countOf), nameOf), visibleBounds(map));
  return new Map(placements.map((p) => [p.id, p]));
}

/**
 * Every shown place's point in layer pixels and its label's placement, in the order of `places`:
 * a label placed for the whole dataset (`all`) keeps its position; the rest are placed, ranked by
 * `countOf`, where room is left, or left unlabelled.
 */
export function layoutPlaceLabels(
  map: LeafletMap,
  places: readonly MapPlace[],
  nameOf: (id: string) => string,
  countOf: (actorId: string) => number,
  all: ReadonlyMap<string, LabelPlacement>,
): PlacedLabel[] {
  const ranked = rankPlaces(places, countOf);
  const requests = requestsOf(map, ranked, nameOf);
  const placements = placeShownLabels(requests, all, visibleBounds(map));
  const byId = new Map(placements.map((p, i) => [p.id, { ...p, place: ranked[i]!, x: requests[i]!.x, y: requests[i]!.y, width: requests[i]!.width }]));
  return places.map((place) => byId.get(place.actorId)!);
}

/**
 * Where the label sits around its point, by the side that faces the point, so a label whose real
 * width differs from the estimate grows away from its point. Places and labels are placed by their
 * offsets, not by transforms: hundreds of transformed elements make the browser sort the map into
 * layers again on every hover (about 100 ms at 5,000 partnerships).
 */
export function labelPosition(label: PlacedLabel): CSSProperties {
  const position: CSSProperties = { top: `${label.top}px`, height: `${LABEL_HEIGHT}px` };
  if (label.align === 'start') return { ...position, left: `${label.left}px` };
  // The place's item has no size, so its right edge is the point itself.
  if (label.align === 'end') return { ...position, right: `${-(label.left + label.width)}px` };
  // Centred on the point between two insets far enough apart for any label (map.css).
  const centre = label.left + label.width / 2;
  return { ...position, left: `${centre - MIDDLE_SPAN}px`, right: `${-(centre + MIDDLE_SPAN)}px` };
}

/** Half the room a centred label is centred in: far wider than any label. */
const MIDDLE_SPAN = 1000;
