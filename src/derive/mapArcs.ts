/** A point as [latitude, longitude], the order Leaflet reads. */
export type LatLng = [number, number];

export interface ArcOptions {
  /** How far the arc bulges from the straight line, as a share of its length. */
  bend?: number;
  /** How many straight segments approximate the curve. */
  segments?: number;
}

const DEGREES = 180 / Math.PI;
const MAX_LAT = 85.05112878;

/** Web Mercator, in degree-like units, so arcs curve evenly on the map Leaflet draws. */
function project([lat, lon]: LatLng): [number, number] {
  const phi = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) / DEGREES;
  return [lon, Math.log(Math.tan(Math.PI / 4 + phi / 2)) * DEGREES];
}

function unproject([x, y]: [number, number]): LatLng {
  return [(2 * Math.atan(Math.exp(y / DEGREES)) - Math.PI / 2) * DEGREES, x];
}

/**
 * A curved link from one place to another: a quadratic Bézier curve in projected space whose
 * control point sits to the left of the direction of travel, so every link from the focus bends
 * the same way and links that leave in similar directions (Burkina Faso and Niger, seen from
 * Mali) fan apart instead of overlapping. The first and last points are the places themselves.
 * Longitudes are not wrapped: the map keeps every place in [-180, 180], so no link crosses the
 * antimeridian.
 */
export function toArcLatLngs(from: LatLng, to: LatLng, { bend = 0.2, segments = 48 }: ArcOptions = {}): LatLng[] {
  const [x0, y0] = project(from);
  const [x1, y1] = project(to);
  const dx = x1 - x0;
  const dy = y1 - y0;
  // The left normal of (dx, dy) is (-dy, dx); scaling it by `bend` gives an offset proportional to length.
  const cx = (x0 + x1) / 2 - dy * bend;
  const cy = (y0 + y1) / 2 + dx * bend;
  const points: LatLng[] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const u = 1 - t;
    const x = u * u * x0 + 2 * u * t * cx + t * t * x1;
    const y = u * u * y0 + 2 * u * t * cy + t * t * y1;
    points.push(unproject([x, y]));
  }
  points[0] = from;
  points[segments] = to;
  return points;
}
