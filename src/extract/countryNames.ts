import countries from 'i18n-iso-countries';
import frNames from 'i18n-iso-countries/langs/fr.json';
import enNames from 'i18n-iso-countries/langs/en.json';
import type { LocalizedJson } from '../data/schema';
import { foldAccents } from '../text/fold';
import { LEXICONS } from './lexicon';
import { FORCES, ORGANIZATIONS } from './lexicon/organizations';
import { CAPITALS } from './names/capitals';
import { deriveDemonyms, IRREGULAR_DEMONYMS } from './names/demonyms';
import { SHORT_FORMS } from './names/shortForms';
import type { ArticleLang, Mention } from './types';

countries.registerLocale(frNames);
countries.registerLocale(enNames);

/** One way of naming an actor in text. Short all-capital names (UN, USA) must match their case. */
export interface NameForm {
  actorId: string;
  form: string;
  via: Extract<Mention['via'], 'name' | 'adjective' | 'capital'>;
  exactCase: boolean;
}

const LANGS: readonly ArticleLang[] = ['fr', 'en'];

/** The French feminine and plural forms of an adjective in the masculine singular (grec → grecque, émirati → émiratie). */
export function inflectFrench(base: string): string[] {
  let feminine = `${base}e`;
  if (base.endsWith('ec')) feminine = `${base}que`;
  else if (base.endsWith('e') || base.endsWith('è') || base.endsWith('é')) feminine = base;
  else if (base.endsWith('en')) feminine = `${base}ne`;
  else if (base.endsWith('c')) feminine = `${base.slice(0, -1)}que`;
  const plural = (w: string) => (w.endsWith('s') ? w : `${w}s`);
  return [...new Set([base, plural(base), feminine, plural(feminine)])];
}

/** A form with the weight of its source: a name or a listed demonym (0) wins over a derived guess (1). */
type RankedForm = NameForm & { rank: number };

function countryForms(): RankedForm[] {
  const forms: RankedForm[] = [];
  for (const lang of LANGS) {
    const names = countries.getNames(lang, { select: 'all' });
    const lexicon = LEXICONS[lang];
    for (const [alpha2, list] of Object.entries(names)) {
      const id = countries.alpha2ToAlpha3(alpha2);
      if (!id) continue;
      const all = [...list, ...(lexicon.countryAliases[id] ?? []), ...(SHORT_FORMS[id]?.names ?? [])].filter((n) => !/[(),]/.test(n));
      for (const form of all) {
        forms.push({ actorId: id, form, via: 'name', exactCase: form.length <= 4 && form === form.toUpperCase(), rank: 0 });
        for (const base of deriveDemonyms(form, lang)) forms.push(...demonymForms(id, base, lang, 1));
      }
    }
    const shortAdjectives = Object.entries(SHORT_FORMS).map(([id, f]) => [id, lang === 'fr' ? (f.adjectives ?? []) : []] as const);
    const listed = [...Object.entries(lexicon.demonyms), ...Object.entries(IRREGULAR_DEMONYMS[lang]), ...shortAdjectives];
    for (const [id, bases] of listed) for (const base of bases) forms.push(...demonymForms(id, base, lang, 0));
  }
  return forms;
}

/** A demonym's forms: French ones inflected, English ones with their plural. */
function demonymForms(actorId: string, base: string, lang: ArticleLang, rank: number): RankedForm[] {
  const inflected = lang === 'fr' ? inflectFrench(base) : [base, `${base}s`];
  return inflected.map((form) => ({ actorId, form, via: 'adjective', exactCase: false, rank }));
}

/** A capital or seat of government; `findNamedActors` decides whether it is the state or a place. */
function capitalForms(): RankedForm[] {
  return Object.entries(CAPITALS).flatMap(([actorId, forms]) =>
    forms.map((form) => ({ actorId, form, via: 'capital' as const, exactCase: false, rank: 0 })),
  );
}

function organizationForms(): RankedForm[] {
  const forces: RankedForm[] = FORCES.flatMap((f) =>
    f.aliases.map((form) => ({ actorId: f.actorId, form, via: 'name' as const, exactCase: form === form.toUpperCase(), rank: 0 })),
  );
  return forces.concat(
    ORGANIZATIONS.flatMap((org) => [
      ...org.aliases.map((form) => ({
        actorId: org.id,
        form,
        via: 'name' as const,
        exactCase: form.length <= 4 && form === form.toUpperCase(),
        rank: 0,
      })),
      ...org.adjectives.fr
        .flatMap(inflectFrench)
        .map((form) => ({ actorId: org.id, form, via: 'adjective' as const, exactCase: false, rank: 0 })),
      ...org.adjectives.en.map((form) => ({ actorId: org.id, form, via: 'adjective' as const, exactCase: false, rank: 0 })),
    ]),
  );
}

/**
 * Drops forms that name two different actors (English "Congo"), since a draft cannot tell which.
 * A derived guess yields to a name or a listed demonym of another actor (English Niger →
 * "Nigerian", which is Nigeria's), and is dropped when two guesses meet.
 */
function unambiguous(forms: RankedForm[]): NameForm[] {
  const best = new Map<string, number>();
  for (const f of forms) best.set(foldAccents(f.form), Math.min(best.get(foldAccents(f.form)) ?? 1, f.rank));
  const kept = forms.filter((f) => f.rank === best.get(foldAccents(f.form)));
  const owners = new Map<string, Set<string>>();
  for (const f of kept) owners.set(foldAccents(f.form), (owners.get(foldAccents(f.form)) ?? new Set()).add(f.actorId));
  const seen = new Set<string>();
  return kept.flatMap(({ rank: _rank, ...f }) => {
    const key = `${f.actorId}|${f.form}`;
    if (owners.get(foldAccents(f.form))!.size > 1 || seen.has(key)) return [];
    seen.add(key);
    return [f];
  });
}

/** Every name and adjective of every country and organization, built once. */
export const NAME_FORMS: readonly NameForm[] = unambiguous([...countryForms(), ...organizationForms(), ...capitalForms()]);

/** A country's display name in both languages (the short English alias: Russia, not Russian Federation). */
export function countryName(id: string): LocalizedJson | null {
  const alpha2 = countries.alpha3ToAlpha2(id);
  if (!alpha2) return null;
  const frName = countries.getName(alpha2, 'fr');
  const enName = countries.getName(alpha2, 'en', { select: 'alias' });
  return frName && enName ? { fr: frName, en: enName } : null;
}

export function isCountryCode(id: string): boolean {
  return countries.alpha3ToAlpha2(id) !== undefined;
}
