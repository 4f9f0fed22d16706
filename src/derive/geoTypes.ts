/** A point as Leaflet takes it: latitude, then longitude, in degrees. */
export type LatLng = [number, number];

/** A box in degrees: what the frame keeps in view of the focus's shape. */
export interface GeoExtent {
  south: number;
  west: number;
  north: number;
  east: number;
}
