import { latLngBounds, type FitBoundsOptions, type LatLngBounds, type Map as LeafletMap } from 'leaflet';
import type { MapPlace } from '../../derive/toMapScene';

/** Room around the places for their labels, in pixels. */
export const FIT_OPTIONS: FitBoundsOptions = { paddingTopLeft: [44, 36], paddingBottomRight: [44, 28], maxZoom: 5 };

const WORLD_VIEW = latLngBounds([-40, -100], [65, 120]);

/**
 * The bounds that show every place; a single place is given some room around it, and no place
 * at all shows most of the inhabited world, so the map never opens on an empty or absurd view.
 */
export function placesBounds(places: readonly MapPlace[]): LatLngBounds {
  if (places.length === 0) return WORLD_VIEW;
  const bounds = latLngBounds(places.map((p) => p.latLng));
  const span = Math.max(bounds.getNorth() - bounds.getSouth(), bounds.getEast() - bounds.getWest());
  return span < 4 ? bounds.pad(Math.max(1, 8 / Math.max(span, 1))) : bounds;
}

export function fitToPlaces(map: LeafletMap, places: readonly MapPlace[]): void {
  map.fitBounds(placesBounds(places), FIT_OPTIONS);
}
