import type { Feature, Geometry, Position } from 'geojson';

/** Antarctica's ring runs along the whole antimeridian on purpose; shifting it would tear it. */
const ANTARCTICA = '010';

function crossesAntimeridian(ring: readonly Position[]): boolean {
  for (let i = 1; i < ring.length; i++) {
    if (Math.abs((ring[i]![0] ?? 0) - (ring[i - 1]![0] ?? 0)) > 180) return true;
  }
  return false;
}

/**
 * A ring that jumps from +180 to -180 (eastern Russia, Fiji) makes Leaflet draw a band across the
 * whole map. Moving its western-hemisphere points one turn east (adding 360 to negative longitudes)
 * makes it continuous; it then extends a little past +180, where it truly lies.
 */
export function fixRing(ring: readonly Position[]): Position[] {
  if (!crossesAntimeridian(ring)) return ring as Position[];
  return ring.map(([lon = 0, lat = 0, ...rest]) => [lon < 0 ? lon + 360 : lon, lat, ...rest]);
}

function fixGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map(fixRing) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(fixRing)) };
    default:
      return geometry;
  }
}

/** The feature with every ring made continuous across the antimeridian (Antarctica left as it is). */
export function fixAntimeridian<F extends Feature>(feature: F): F {
  if (feature.id === ANTARCTICA || !feature.geometry) return feature;
  return { ...feature, geometry: fixGeometry(feature.geometry) };
}

/** True when a feature still has a ring that jumps across the antimeridian. */
export function hasAntimeridianJump(feature: Feature): boolean {
  const g = feature.geometry;
  if (!g) return false;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return polygons.some((polygon) => polygon.some(crossesAntimeridian));
}
