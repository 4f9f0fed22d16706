import { foldAccents, foldAccentsInPlace } from '../text/fold';
import { LEXICONS } from './lexicon';
import type { ArticleLang } from './types';

const LANGS: readonly ArticleLang[] = ['en', 'fr'];

/**
 * Each language's function words, folded as the text is: a one-line text has only a few of them,
 * so the lists hold the words no text of the other language uses ("in", "are"; "l'", "par").
 */
const FUNCTION_WORDS = new Map(LANGS.map((lang) => [lang, new Set(LEXICONS[lang].stopwords.map(foldAccents))]));

/** The article's language: the one whose function words it uses most (French when none is found). */
export function detectLanguage(text: string): ArticleLang {
  const words = foldAccentsInPlace(text).match(/\p{L}+/gu) ?? [];
  const score = (lang: ArticleLang) => {
    const stop = FUNCTION_WORDS.get(lang)!;
    return words.filter((w) => stop.has(w)).length;
  };
  return score('en') > score('fr') ? 'en' : 'fr';
}
