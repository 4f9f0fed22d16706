import type { Map as LeafletMap } from 'leaflet';
import type { MapPlace } from '../../derive/toMapScene';
import { placeLabels, type LabelPlacement } from '../../derive/mapLabelLayout';

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
 * Every place's point in layer pixels and its label's placement, kept inside the visible part of
 * the map. `_view` names the state of the map view the layout was computed for; it is not read.
 */
export function layoutPlaceLabels(map: LeafletMap, places: readonly MapPlace[], nameOf: (id: string) => string, _view?: number): PlacedLabel[] {
  const size = map.getSize();
  const origin = map.containerPointToLayerPoint([0, 0]);
  const margin = 4;
  const bounds = { minX: origin.x + margin, minY: origin.y + margin, maxX: origin.x + size.x - margin, maxY: origin.y + size.y - margin };
  const requests = places.map((place) => {
    const point = map.latLngToLayerPoint(place.latLng);
    return { id: place.actorId, x: point.x, y: point.y, width: estimateLabelWidth(nameOf(place.actorId), !place.isFocus, place.isFocus), height: LABEL_HEIGHT };
  });
  const placements = placeLabels(requests, bounds);
  return placements.map((placement, i) => ({ ...placement, place: places[i]!, x: requests[i]!.x, y: requests[i]!.y, width: requests[i]!.width }));
}
