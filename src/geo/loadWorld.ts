import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { fixAntimeridian } from '../derive/mapAntimeridian';
import { toAlpha3 } from '../derive/mapCountryCodes';

export type Resolution = '110m' | '50m';

/** `code` is the ISO alpha-3 code joined from the feature's numeric id; undefined for the few features with none. */
export interface CountryProperties {
  code: string | undefined;
  name: string;
}
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

export interface World {
  resolution: Resolution;
  countries: readonly CountryFeature[];
  /** The alpha-3 codes that have a polygon at this resolution. */
  codes: ReadonlySet<string>;
}

// Each import is its own chunk, fetched from the site itself only when the map asks for it: the
// 50m file (about 240 kB compressed) only once a person zooms in past the continental scale.
// They are imported as text and parsed here: a JSON string parses faster than the same data as a
// JavaScript literal, and the type-checker does not have to infer a type for 800 kB of coordinates.
const IMPORTS: Record<Resolution, () => Promise<{ default: string }>> = {
  '110m': () => import('world-atlas/countries-110m.json?raw'),
  '50m': () => import('world-atlas/countries-50m.json?raw'),
};

function isCountriesTopology(value: unknown): value is Topology<{ countries: GeometryCollection<{ name: string }> }> {
  const v = value as { type?: unknown; objects?: { countries?: { type?: unknown } } } | null;
  return v?.type === 'Topology' && v.objects?.countries?.type === 'GeometryCollection';
}

/** Turns world-atlas TopoJSON into country features joined on codes, with the antimeridian rings fixed. */
export function toWorld(resolution: Resolution, topology: unknown): World {
  if (!isCountriesTopology(topology)) throw new Error(`world-atlas countries-${resolution} is not a countries topology`);
  const collection = feature(topology, topology.objects.countries);
  const countries = collection.features.flatMap((f): CountryFeature[] => {
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) return [];
    const id = f.id === undefined ? undefined : String(f.id);
    const fixed = fixAntimeridian({ ...f, id, geometry: f.geometry });
    return [{ ...fixed, properties: { code: toAlpha3(id), name: f.properties?.name ?? '' } }];
  });
  const codes = new Set(countries.flatMap((c) => (c.properties.code ? [c.properties.code] : [])));
  return { resolution, countries, codes };
}

const cache = new Map<Resolution, Promise<World>>();

/** The world at one resolution, loaded once; a failed load is forgotten so that it can be tried again. */
export function loadWorld(resolution: Resolution): Promise<World> {
  let world = cache.get(resolution);
  if (!world) {
    world = IMPORTS[resolution]().then((module) => toWorld(resolution, JSON.parse(module.default)));
    world.catch(() => cache.delete(resolution));
    cache.set(resolution, world);
  }
  return world;
}
