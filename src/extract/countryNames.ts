import countries from 'i18n-iso-countries';
import frNames from 'i18n-iso-countries/langs/fr.json';
import enNames from 'i18n-iso-countries/langs/en.json';
import type { LocalizedJson } from '../data/schema';
import { LEXICONS } from './lexicon';
import { FORCES, ORGANIZATIONS } from './lexicon/organizations';
import { CAPITALS } from './names/capitals';
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

/** The French feminine and plural forms of an adjective in the masculine singular. */
export function inflectFrench(base: string): string[] {
  let feminine = `${base}e`;
  if (base.endsWith('e') || base.endsWith('è') || base.endsWith('é') || base.endsWith('i')) feminine = base;
  else if (base.endsWith('en')) feminine = `${base}ne`;
  else if (base.endsWith('c')) feminine = `${base.slice(0, -1)}que`;
  const plural = (w: string) => (w.endsWith('s') ? w : `${w}s`);
  return [...new Set([base, plural(base), feminine, plural(feminine)])];
}

/**
 * Adjectives that follow regularly from a one-word name: Mali -> malien / Malian, Algérie ->
 * algérien, Russia -> Russian, Kenya -> Kenyan. A wrong guess is a word no text uses, so it is harmless.
 */
export function deriveAdjectives(name: string, lang: ArticleLang): string[] {
  if (!/^\p{L}{4,}$/u.test(name)) return [];
  const n = name.toLowerCase();
  if (lang === 'fr') {
    if (n.endsWith('ie')) return inflectFrench(`${n.slice(0, -1)}en`);
    if (n.endsWith('i')) return inflectFrench(`${n}en`);
    return [];
  }
  if (n.endsWith('a')) return [`${name}n`, `${name}ns`];
  if (n.endsWith('i')) return [`${name}an`, `${name}ans`];
  if (n.endsWith('o')) return [`${name.slice(0, -1)}an`, `${name.slice(0, -1)}ans`];
  return [];
}

function countryForms(): NameForm[] {
  const forms: NameForm[] = [];
  for (const lang of LANGS) {
    const names = countries.getNames(lang, { select: 'all' });
    const lexicon = LEXICONS[lang];
    for (const [alpha2, list] of Object.entries(names)) {
      const id = countries.alpha2ToAlpha3(alpha2);
      if (!id) continue;
      const all = [...list, ...(lexicon.countryAliases[id] ?? []), ...(SHORT_FORMS[id]?.names ?? [])].filter((n) => !/[(),]/.test(n));
      for (const form of all) {
        forms.push({ actorId: id, form, via: 'name', exactCase: form.length <= 4 && form === form.toUpperCase() });
        for (const adj of deriveAdjectives(form, lang)) forms.push({ actorId: id, form: adj, via: 'adjective', exactCase: false });
      }
    }
    const shortAdjectives = Object.entries(SHORT_FORMS).map(([id, f]) => [id, lang === 'fr' ? (f.adjectives ?? []) : []] as const);
    for (const [id, bases] of [...Object.entries(lexicon.demonyms), ...shortAdjectives]) {
      for (const base of bases) {
        const inflected = lang === 'fr' ? inflectFrench(base) : [base, `${base}s`];
        for (const form of inflected) forms.push({ actorId: id, form, via: 'adjective', exactCase: false });
      }
    }
  }
  return forms;
}

/** A capital or seat of government; `findNamedActors` decides whether it is the state or a place. */
function capitalForms(): NameForm[] {
  return Object.entries(CAPITALS).flatMap(([actorId, forms]) =>
    forms.map((form) => ({ actorId, form, via: 'capital' as const, exactCase: false })),
  );
}

function organizationForms(): NameForm[] {
  const forces: NameForm[] = FORCES.flatMap((f) =>
    f.aliases.map((form) => ({ actorId: f.actorId, form, via: 'name' as const, exactCase: form === form.toUpperCase() })),
  );
  return forces.concat(
    ORGANIZATIONS.flatMap((org) => [
      ...org.aliases.map((form) => ({
        actorId: org.id,
        form,
        via: 'name' as const,
        exactCase: form.length <= 4 && form === form.toUpperCase(),
      })),
      ...org.adjectives.fr.flatMap(inflectFrench).map((form) => ({ actorId: org.id, form, via: 'adjective' as const, exactCase: false })),
      ...org.adjectives.en.map((form) => ({ actorId: org.id, form, via: 'adjective' as const, exactCase: false })),
    ]),
  );
}

/** Drops forms that name two different actors (English "Congo"), since a draft cannot tell which. */
function unambiguous(forms: NameForm[]): NameForm[] {
  const owners = new Map<string, Set<string>>();
  for (const f of forms) owners.set(f.form.toLowerCase(), (owners.get(f.form.toLowerCase()) ?? new Set()).add(f.actorId));
  const seen = new Set<string>();
  return forms.filter((f) => {
    const key = `${f.actorId}|${f.form}`;
    if (owners.get(f.form.toLowerCase())!.size > 1 || seen.has(key)) return false;
    seen.add(key);
    return true;
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
