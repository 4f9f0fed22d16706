import type { Lang } from '../model/lang';

const rules = new Map<Lang, Intl.PluralRules>();

/**
 * The form of a word that a count asks for, by the language's own plural rules (CLDR, through
 * Intl): French writes 0 and 1 in the singular ("0 partenaire"), English only 1 ("0 partners").
 * French also has a form for round millions ("1 million de"), which takes the plural here.
 * A rule is made once per language, on the first count written.
 */
export function plural(lang: Lang, n: number, one: string, other: string): string {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(lang);
    rules.set(lang, rule);
  }
  return rule.select(n) === 'one' ? one : other;
}
