import { geoArea, geoCentroid } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Polygon, MultiPolygon } from 'geojson';
import { toAlpha3 } from '../derive/mapCountryCodes';
import type { PlaceOf } from './buildDatasetJson';

/**
 * Where a country from a CSV is drawn when the file gives no latitude and longitude: the centre
 * of its largest landmass in the map's own geometry, so France sits in Europe rather than between
 * Paris and French Guiana. The geometry is the map's chunk, fetched from the site itself.
 */
export async function loadCountryPlaces(): Promise<PlaceOf> {
  const module = await import('world-atlas/countries-110m.json?raw');
  const topology = JSON.parse(module.default) as Topology<{ countries: GeometryCollection }>;
  const places = new Map<string, { lat: number; lon: number }>();
  for (const country of feature(topology, topology.objects.countries).features) {
    const code = toAlpha3(country.id === undefined ? undefined : String(country.id));
    const geometry = country.geometry as Polygon | MultiPolygon | null;
    if (!code || !geometry) continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const largest = polygons
      .map((coordinates) => ({ type: 'Polygon' as const, coordinates }))
      .reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
    const [lon, lat] = geoCentroid(largest);
    places.set(code, { lat: Math.round(lat * 1000) / 1000, lon: Math.round(lon * 1000) / 1000 });
  }
  return (alpha3) => places.get(alpha3);
}

let cached: Promise<PlaceOf> | null = null;

/**
 * The places, computed once per page; none when the geometry cannot be loaded (the countries are
 * then listed beside the map), and a failure is forgotten so that the next load tries again.
 */
export function loadCountryPlacesOrNone(): Promise<PlaceOf> {
  cached ??= loadCountryPlaces().catch(() => {
    cached = null;
    return () => undefined;
  });
  return cached;
}
