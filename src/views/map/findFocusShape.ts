import type { Actor } from '../../data/indexDataset';
import { actorCountryCode } from '../../derive/mapCountryCodes';
import { toFocusShape, type FocusShape } from '../../derive/mapFocusShape';
import type { World } from '../../geo/loadWorld';

/** The focus country's shape in the geometry, found by its code; null for a focus with no polygon (an organization, a micro-state at 110m). */
export function findFocusShape(world: World | null, focus: Actor): FocusShape | null {
  const code = actorCountryCode(focus);
  if (!world || !code) return null;
  const feature = world.countries.find((country) => country.properties.code === code);
  const location = focus.location;
  return toFocusShape(feature?.geometry, location ? [location.lat, location.lon] : null);
}
