import type { LatLng } from './geoTypes';
import { pointInRings } from './mapFocusShape';

/** A point as [latitude, longitude], the order Leaflet reads. */

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

/** Where segment a-b crosses segment c-d, as the share of the way from a to b; null when they do not cross. */
function crossing(
  a: readonly [number, number],
  b: readonly [number, number],
  c: readonly [number, number],
  d: readonly [number, number],
): number | null {
  const rx = b[0] - a[0];
  const ry = b[1] - a[1];
  const sx = d[0] - c[0];
  const sy = d[1] - c[1];
  const denominator = rx * sy - ry * sx;
  if (denominator === 0) return null;
  const t = ((c[0] - a[0]) * sy - (c[1] - a[1]) * sx) / denominator;
  const u = ((c[0] - a[0]) * ry - (c[1] - a[1]) * rx) / denominator;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? t : null;
}

// Every link of a scene is cut at the same shape: its rings are projected once.
const projectedShapes = new WeakMap<object, [number, number][][][]>();

/**
 * An arc that starts inside a shape (the focus's country), cut where it leaves it for the last
 * time, so the link is drawn from the border on and leaves the country's shape to be seen; the
 * capital keeps its own dot. Worked out on the projected plane the map draws, so the cut lies on
 * the border as drawn. An arc that does not start inside the shape, or ends inside it, is kept
 * whole. `shape` is each polygon's rings of [lat, lng], as `FocusShape` holds them.
 */
export function clipArcAtShape(latLngs: readonly LatLng[], shape: readonly (readonly (readonly LatLng[])[])[]): readonly LatLng[] {
  let rings = projectedShapes.get(shape);
  if (!rings) {
    rings = shape.map((polygon) => polygon.map((ring) => ring.map(project)));
    projectedShapes.set(shape, rings);
  }
  const inside = ([x, y]: [number, number]) => rings.some((polygon) => pointInRings(x, y, polygon));
  const points = latLngs.map(project);
  if (points.length < 2 || !inside(points[0]!) || inside(points[points.length - 1]!)) return latLngs;
  let last = 0;
  for (let i = 1; i < points.length; i++) if (inside(points[i]!)) last = i;
  const a = points[last]!;
  const b = points[last + 1]!;
  let exit = 0;
  for (const polygon of rings) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const t = crossing(a, b, ring[j]!, ring[i]!);
        if (t !== null && t > exit) exit = t;
      }
    }
  }
  const start = unproject([a[0] + (b[0] - a[0]) * exit, a[1] + (b[1] - a[1]) * exit]);
  return [start, ...latLngs.slice(last + 1)];
}
