import { foldAccents } from '../../text/fold';
import type { ArticleLang } from '../types';

/**
 * Abbreviations after which a full stop does not end a sentence, by class. `Intl.Segmenter` breaks
 * after any full stop that a capital letter or a digit follows, which cuts "NIAMEY, Nov. 4, 2024 —",
 * "le Gen. Tiani", "M. Diop" and "500 av. J.-C." in two. The classes are short on purpose: a word
 * outside them that ends a sentence must still end it.
 */

/** Titles and ranks, which stand before a name and never end a sentence. */
const TITLES = [
  'm',
  'mm',
  'mme',
  'mmes',
  'mlle',
  'mr',
  'mrs',
  'ms',
  'messrs',
  'dr',
  'pr',
  'prof',
  'me',
  'mgr',
  'st',
  'ste',
  'sr',
  'jr',
  'gen',
  'gén',
  'col',
  'lt',
  'cpt',
  'capt',
  'cdt',
  'cmdt',
  'sgt',
  'maj',
  'adm',
  'brig',
  'gov',
  'sen',
  'rep',
  'rev',
  'pres',
];

/** Words shortened before a complement, which never end a sentence ("av. J.-C.", "cf. l'article"). */
const BEFORE_COMPLEMENT = ['av', 'apr', 'cf', 'vs', 'env', 'approx', 'ca', 'ex'];

/** Words shortened before a number ("No. 3", "art. 12", "p. 4"), which end no sentence when a digit follows. */
const BEFORE_NUMBER = ['no', 'n', 'nos', 'art', 'p', 'pp', 'vol', 'ch', 'fig'];

/** Short month names in both languages, from `Intl`, plus the news style's "Sept.": a day number follows them. */
function monthAbbreviations(): string[] {
  const forms = new Set(['sept']);
  for (const lang of ['fr', 'en'] satisfies ArticleLang[]) {
    const format = new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' });
    for (let month = 0; month < 12; month++) forms.add(foldAccents(format.format(new Date(Date.UTC(2024, month, 1)))).replace(/\.$/, ''));
  }
  return [...forms];
}

const ALWAYS = new Set([...TITLES, ...BEFORE_COMPLEMENT]);
const BEFORE_DIGIT = new Set([...BEFORE_NUMBER, ...monthAbbreviations()]);

/**
 * Capitalised words that most often open a sentence (articles, pronouns, conjunctions): after an
 * initialism ("U.S."), one of them starts a new sentence, while any other word ("U.S. Army",
 * "U.S. officials") goes on with it.
 */
const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'in',
  'on',
  'at',
  'for',
  'as',
  'after',
  'before',
  'while',
  'when',
  'if',
  'there',
  'according',
  'its',
  'their',
  'le',
  'la',
  'les',
  'l',
  'un',
  'une',
  'des',
  'du',
  'de',
  'ce',
  'cet',
  'cette',
  'ces',
  'il',
  'elle',
  'ils',
  'elles',
  'on',
  'nous',
  'mais',
  'et',
  'ou',
  'donc',
  'or',
  'en',
  'dans',
  'selon',
  'apres',
  'avant',
  'alors',
  'si',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
]);

/**
 * Whether a full stop at the end of `before` is an abbreviation's, so that the sentence goes on
 * into `after`: a title or a word shortened before its complement always; a month or a word
 * shortened before a number when a digit follows; an initial or an initialism ("M.", "J.-C.",
 * "U.S.") unless a word that opens sentences follows it.
 */
export function abbreviationContinues(before: string, after: string): boolean {
  const last = /([\p{L}.-]+)\.\s*$/u.exec(before)?.[1];
  if (!last) return false;
  const next = after.trimStart();
  const word = foldAccents(last);
  if (ALWAYS.has(word)) return true;
  if (BEFORE_DIGIT.has(word)) return /^\d/.test(next);
  if (!/^(?:\p{L}\.-?)*\p{L}$/u.test(last)) return false;
  const nextWord = /^\p{L}+/u.exec(next)?.[0];
  if (!nextWord) return /^\d/.test(next);
  if (/^\p{Ll}/u.test(nextWord)) return true;
  return !SENTENCE_OPENERS.has(foldAccents(nextWord));
}
