import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import { toSpellingKey } from '../text/fold';

countries.registerLocale(en);
countries.registerLocale(fr);

export interface Country {
  /** ISO 3166 alpha-3: the id a country has in a dataset, and the key the map joins shapes on. */
  alpha3: string;
  name: { fr: string; en: string };
}

/**
 * A few short forms that spreadsheets use and that the library lists only in a longer form
 * ("États-Unis d'Amérique"). The library stays the reference for every other name.
 */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['etats unis', 'USA'],
  ['usa', 'USA'],
  ['uk', 'GBR'],
  ['emirats arabes unis', 'ARE'],
  ['turkey', 'TUR'],
  ['russie', 'RUS'],
  ['coree du sud', 'KOR'],
  ['coree du nord', 'PRK'],
]);

let byName: Map<string, string> | null = null;

/** Every English and French name and alias of the library, folded, to its alpha-3 code; built on first use. */
function namesIndex(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(SHORT_FORMS);
  for (const lang of ['en', 'fr']) {
    const names = countries.getNames(lang, { select: 'all' }) as Record<string, string[]>;
    for (const [alpha2, list] of Object.entries(names)) {
      const alpha3 = countries.alpha2ToAlpha3(alpha2);
      if (!alpha3) continue;
      for (const name of list) {
        byName.set(toSpellingKey(name), alpha3);
        // "Bolivie (État plurinational de)" is also written "Bolivie".
        const short = toSpellingKey(name.replace(/\s*\(.*\)\s*$/, ''));
        if (!byName.has(short)) byName.set(short, alpha3);
      }
    }
  }
  return byName;
}

/**
 * A country from an ISO alpha-2 ("ML"), alpha-3 ("MLI") or numeric ("466") code, or from its
 * name in English or French ("Mali", "Côte d'Ivoire", "Ivory Coast"); null when nothing matches.
 */
export function resolveCountry(value: string): Country | null {
  const raw = value.trim();
  const alpha3 = codeToAlpha3(raw) ?? namesIndex().get(toSpellingKey(raw));
  if (!alpha3) return null;
  const nameFr = countries.getName(alpha3, 'fr');
  const nameEn = countries.getName(alpha3, 'en');
  if (!nameFr || !nameEn) return null;
  return { alpha3, name: { fr: nameFr, en: nameEn } };
}

function codeToAlpha3(raw: string): string | undefined {
  if (/^\d{1,3}$/.test(raw)) return countries.numericToAlpha3(raw.padStart(3, '0'));
  const upper = raw.toUpperCase();
  if (/^[A-Za-z]{2}$/.test(raw)) return countries.alpha2ToAlpha3(upper);
  if (/^[A-Za-z]{3}$/.test(raw) && countries.isValid(upper)) return upper;
  return undefined;
}
