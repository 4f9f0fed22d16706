// The default import, as elsewhere in the code: the package is CommonJS, which Node (the build's
// link previews) cannot read named imports from.
import countries from 'i18n-iso-countries';
import type { Actor, Dataset } from '../data/indexDataset';

/**
 * world-atlas identifies countries by zero-padded ISO 3166 numeric codes ("466" is Mali) and the
 * dataset by alpha-3 ("MLI"). Names differ between sources (Turkey, Türkiye), so the join is on
 * codes only. A feature with no id (Northern Cyprus, Somaliland, Kosovo) has no code.
 */
export function toAlpha3(numericId: string | number | undefined): string | undefined {
  if (numericId === undefined || numericId === '') return undefined;
  return countries.numericToAlpha3(numericId);
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
