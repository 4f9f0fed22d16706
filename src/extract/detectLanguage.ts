import frNames from 'i18n-iso-countries/langs/fr.json';
import enNames from 'i18n-iso-countries/langs/en.json';
import { foldAccents, foldAccentsInPlace } from '../text/fold';
import { LEXICONS } from './lexicon';
import { deriveDemonyms, IRREGULAR_DEMONYMS } from './names/demonyms';
import type { ArticleLang } from './types';

const LANGS: readonly ArticleLang[] = ['en', 'fr'];

/** Words each language uses as a word of its own, though they are function words of the other. */
const SHARED_WORDS: ReadonlySet<string> = new Set(['on', 'an', 'or']);

/**
 * Each language's function words, folded as the text is: a one-line text has only a few of them,
 * so the lists hold the words no text of the other language uses ("in", "are"; "l'", "par").
 * A word the other language also writes as a word of its own ("on", "an" and "or" are French
 * words too) is no evidence either way.
 */
const FUNCTION_WORDS = new Map(
  LANGS.map((lang) => {
    const own = new Set(LEXICONS[lang].stopwords.map(foldAccents));
    return [lang, new Set([...own].filter((w) => !SHARED_WORDS.has(w)))];
  }),
);

/**
 * The names of countries and the demonyms that only one language writes ("Russia" / "Russie",
 * "Turkish" / "turc"), from `i18n-iso-countries` and the lexicons. A headline ("Russia, Mali sign
 * defence pact") may hold no function word at all: its names still tell its language.
 */
const NAMES: ReadonlyMap<ArticleLang, ReadonlySet<string>> = (() => {
  const names = (lang: ArticleLang, json: { countries: Record<string, string | string[]> }) =>
    new Set(
      [
        ...Object.values(json.countries)
          .flat()
          .filter((n) => /^\p{L}+$/u.test(n)),
        ...Object.values(json.countries)
          .flat()
          .flatMap((n) => deriveDemonyms(n, lang)),
        ...Object.values(LEXICONS[lang].demonyms).flat(),
        ...Object.values(IRREGULAR_DEMONYMS[lang]).flat(),
      ].map(foldAccents),
    );
  const en = names('en', enNames);
  const fr = names('fr', frNames);
  return new Map([
    ['en', new Set([...en].filter((n) => !fr.has(n)))],
    ['fr', new Set([...fr].filter((n) => !en.has(n)))],
  ]);
})();

/**
 * The article's language: the one whose function words it uses most; on a tie (a headline, a
 * one-line text), the one whose names of countries it writes most; French when neither tells.
 * A function word that belongs to a name is left out: one written with a capital inside a line
 * ("Le Monde", "La Haye") or elided before a capital ("Côte d'Ivoire", "N'Djamena"), since an
 * English text writes those names too.
 */
export function detectLanguage(text: string): ArticleLang {
  const folded = foldAccentsInPlace(text);
  const words = [...folded.matchAll(/\p{L}+/gu)].filter((m) => {
    const at = m.index;
    const inName = at > 0 && /\p{Lu}/u.test(text[at]!) && !/(?:^\s*|[.!?:«"“(—–-]\s*|\n\s*)$/u.test(text.slice(Math.max(0, at - 3), at));
    const elidedBeforeName = /^'\p{Lu}/u.test(text.slice(at + m[0].length, at + m[0].length + 2)) && m[0].length <= 2;
    return !inName && !elidedBeforeName;
  });
  const score = (lang: ArticleLang, table: ReadonlyMap<ArticleLang, ReadonlySet<string>>, from: { 0: string }[]) =>
    from.filter((w) => table.get(lang)!.has(w[0])).length;
  // The possessive "'s" ("Togo's soldiers") is English: French elides before a word, never after one.
  const possessives = folded.match(/\p{L}'s(?!\p{L})/gu)?.length ?? 0;
  const en = score('en', FUNCTION_WORDS, words) + possessives;
  const fr = score('fr', FUNCTION_WORDS, words);
  if (en !== fr) return en > fr ? 'en' : 'fr';
  const all = [...folded.matchAll(/\p{L}+/gu)];
  return score('en', NAMES, all) > score('fr', NAMES, all) ? 'en' : 'fr';
}
