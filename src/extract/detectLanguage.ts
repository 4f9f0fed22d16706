import { foldAccentsInPlace } from '../text/fold';
import { LEXICONS } from './lexicon';
import type { ArticleLang } from './types';

/** The article's language: the one whose frequent little words it uses most. */
export function detectLanguage(text: string): ArticleLang {
  const words = foldAccentsInPlace(text).match(/\p{L}+/gu) ?? [];
  const score = (lang: ArticleLang) => {
    const stop = new Set(LEXICONS[lang].stopwords);
    return words.filter((w) => stop.has(w)).length;
  };
  return score('en') > score('fr') ? 'en' : 'fr';
}
