import type { Actor, Dataset } from '../data/indexDataset';
import { ISO_COUNTRY_CODES } from './countryCodeTable';

// The codes' table alone (2 kB), not i18n-iso-countries' code, which brings every country's names
// and every way to look them up: the map, which needs the numeric to alpha-3 join only, loads first.
let alpha3ByNumeric: Map<string, string> | null = null;

function numericToAlpha3(numeric: string): string | undefined {
  if (!alpha3ByNumeric) {
    alpha3ByNumeric = new Map();
    for (let i = 0; i < ISO_COUNTRY_CODES.length; i += 8)
      alpha3ByNumeric.set(ISO_COUNTRY_CODES.slice(i + 5, i + 8), ISO_COUNTRY_CODES.slice(i + 2, i + 5));
  }
  return alpha3ByNumeric.get(numeric.padStart(3, '0'));
}

/**
 * world-atlas identifies countries by zero-padded ISO 3166 numeric codes ("466" is Mali) and the
 * dataset by alpha-3 ("MLI"). Names differ between sources (Turkey, Türkiye), so the join is on
 * codes only. A feature with no id (Northern Cyprus, Somaliland, Kosovo) has no code.
 */
export function toAlpha3(numericId: string | number | undefined): string | undefined {
  if (numericId === undefined || numericId === '') return undefined;
  return numericToAlpha3(String(numericId));
}

/** The alpha-3 code a country actor is drawn with: its `iso3`, else its id when that is one. */
export function actorCountryCode(actor: Actor): string | undefined {
  if (actor.kind !== 'country') return undefined;
  if (actor.iso3) return actor.iso3;
  return /^[A-Z]{3}$/.test(actor.id) ? actor.id : undefined;
}

/** Country actors by the alpha-3 code of their polygon. */
export function mapActorsByCountryCode(dataset: Dataset): ReadonlyMap<string, string> {
  const byCode = new Map<string, string>();
  for (const actor of dataset.actors) {
    const code = actorCountryCode(actor);
    if (code) byCode.set(code, actor.id);
  }
  return byCode;
}

/** The country actors of the dataset that no polygon of the geometry stands for. */
export function mapCountriesWithoutPolygon(dataset: Dataset, polygonCodes: ReadonlySet<string>): Actor[] {
  return dataset.actors.filter((actor) => {
    if (actor.kind !== 'country') return false;
    const code = actorCountryCode(actor);
    return !code || !polygonCodes.has(code);
  });
}
