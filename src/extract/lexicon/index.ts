import type { ArticleLang } from '../types';
import type { Lexicon } from './types';
import { frLexicon } from './fr';
import { enLexicon } from './en';

/** The lexicon of each article language; add a language by adding its file here. */
export const LEXICONS: Readonly<Record<ArticleLang, Lexicon>> = { fr: frLexicon, en: enLexicon };
