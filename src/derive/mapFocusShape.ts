import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LatLng, GeoExtent } from './geoTypes';

/** A ring of points in any plane (pixels, projected degrees), closed or not. */
export type Ring = readonly (readonly [number, number])[];

/** The focus country's outline, to frame it, to keep labels off it and to start links at its border. */
export interface FocusShape {
  /** Each polygon as its rings of [lat, lng], the outer ring first. */
  polygons: readonly (readonly LatLng[])[][];
  /**
   * The box of its main polygon, the one that holds its capital, else the largest: the frame keeps
   * this in view, so French Guiana does not make France as wide as the Atlantic.
   */
  extent: GeoExtent;
}

/** Twice the signed area of a ring in the plane of its coordinates (shoelace). */
function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
  return Math.abs(sum);
}

/** Even-odd point in polygon over every ring given (a hole takes its area out). */
export function pointInRings(x: number, y: number, rings: readonly Ring[]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * The focus's shape from its country's geometry (rings already continuous across the
 * antimeridian), with its capital to tell its main polygon. Null without a polygon.
 */
export function toFocusShape(geometry: Polygon | MultiPolygon | undefined, capital: LatLng | null): FocusShape | null {
  if (!geometry) return null;
  const raw: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const polygons = raw
    .filter((rings) => rings.length > 0 && rings[0]!.length >= 3)
    .map((rings) => rings.map((ring) => ring.map(([lon = 0, lat = 0]): LatLng => [lat, lon])));
  if (polygons.length === 0) return null;
  const lonLat = (ring: readonly LatLng[]): Ring => ring.map(([lat, lon]) => [lon, lat] as const);
  const holding = capital ? polygons.find((rings) => pointInRings(capital[1], capital[0], rings.map(lonLat))) : undefined;
  const main = holding ?? polygons.reduce((a, b) => (ringArea(lonLat(b[0]!)) > ringArea(lonLat(a[0]!)) ? b : a));
  const outer = main[0]!;
  const lats = outer.map((p) => p[0]);
  const lons = outer.map((p) => p[1]);
  return { polygons, extent: { south: Math.min(...lats), west: Math.min(...lons), north: Math.max(...lats), east: Math.max(...lons) } };
}

/** An axis-aligned box: left, top, right, bottom. */
export interface ShapeBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The focus's polygons in one plane (each as its rings) with each polygon's bounding box, to test boxes against. */
export interface PlacedShape {
  polygons: readonly { rings: readonly Ring[]; box: ShapeBox }[];
}

export function toPlacedShape(polygons: readonly (readonly Ring[])[]): PlacedShape {
  return {
    polygons: polygons.map((rings) => {
      const xs = rings[0]!.map((p) => p[0]);
      const ys = rings[0]!.map((p) => p[1]);
      return { rings, box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) } };
    }),
  };
}

function segmentsCross(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
  const d1 = (dx - cx) * (ay - cy) - (dy - cy) * (ax - cx);
  const d2 = (dx - cx) * (by - cy) - (dy - cy) * (bx - cx);
  const d3 = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  const d4 = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/**
 * Whether a box covers any part of the shape: a corner of the box inside it, a vertex of it inside
 * the box, or an edge crossing. Exact, and cheap for boxes far from the shape (its boxes first).
 */
export function boxTouchesShape(box: ShapeBox, shape: PlacedShape): boolean {
  for (const { rings, box: b } of shape.polygons) {
    if (b.x1 <= box.x0 || box.x1 <= b.x0 || b.y1 <= box.y0 || box.y1 <= b.y0) continue;
    const corners: [number, number][] = [
      [box.x0, box.y0],
      [box.x1, box.y0],
      [box.x1, box.y1],
      [box.x0, box.y1],
    ];
    if (corners.some(([x, y]) => pointInRings(x, y, rings))) return true;
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        if (xi > box.x0 && xi < box.x1 && yi > box.y0 && yi < box.y1) return true;
        const [xj, yj] = ring[j]!;
        for (let k = 0; k < 4; k++) {
          const [cx, cy] = corners[k]!;
          const [dx, dy] = corners[(k + 1) % 4]!;
          if (segmentsCross(xi, yi, xj, yj, cx, cy, dx, dy)) return true;
        }
      }
    }
  }
  return false;
}
