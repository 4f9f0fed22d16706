import { geoArea, geoCentroid } from 'd3';
import type { Feature, Polygon } from 'geojson';
import { loadWorld } from '../../geo/loadWorld';

/**
 * Map places for countries the article names. No country-name library carries coordinates, so a
 * country is placed at the centre of its largest land mass in the map's own world file (the
 * same file the map draws, served by this site): France sits in Europe, not between Europe and
 * French Guiana. A person can edit the downloaded JSON to put a capital instead.
 */
export async function locateCountries(ids: readonly string[]): Promise<Map<string, { lat: number; lon: number }>> {
  const places = new Map<string, { lat: number; lon: number }>();
  let world;
  try {
    world = await loadWorld('110m');
  } catch {
    return places;
  }
  for (const country of world.countries) {
    const code = country.properties.code;
    if (!code || !ids.includes(code)) continue;
    const polygons: Feature<Polygon>[] =
      country.geometry.type === 'Polygon'
        ? [{ type: 'Feature', properties: {}, geometry: country.geometry }]
        : country.geometry.coordinates.map((coordinates) => ({
            type: 'Feature',
            properties: {},
            geometry: { type: 'Polygon', coordinates },
          }));
    const largest = polygons.sort((a, b) => geoArea(b) - geoArea(a))[0];
    if (!largest) continue;
    const [lon, lat] = geoCentroid(largest);
    places.set(code, { lat: Math.round(lat * 1000) / 1000, lon: Math.round(lon * 1000) / 1000 });
  }
  return places;
}
