import { foldAccentsInPlace } from '../text/fold';
import type { Sentence } from './types';

const LETTER = '[\\p{L}\\p{N}]';

/**
 * Turns a lexicon phrase into a pattern on folded text. A phrase is plain words; `*` at the end of
 * a word stands for any ending (`renforc*` covers renforcé, renforcée, renforcement), at its start for
 * any beginning of two letters or more (`*ing`, `*ées`, which "les" does not match), and `…`
 * between words stands for up to three words in between (`ne … plus`), an elided article counting as
 * a word (`fin … accord*` finds "la fin de l'accord"). A word that ends with an apostrophe (`qu'`)
 * is followed directly by the next.
 */
export function phrasePattern(phrase: string): string {
  const words = foldAccentsInPlace(phrase.trim()).split(/\s+/);
  const parts = words.map((word) => {
    if (word === '…' || word === '...') return "(?:[^\\s.,;:!?']+'|[^\\s.,;:!?]+\\s+){0,3}?";
    const star = word.endsWith('*');
    const lead = word.length > 1 && word.startsWith('*');
    const bare = word.slice(lead ? 1 : 0, star ? -1 : undefined);
    const body = bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return `${lead ? `${LETTER}{2,}` : ''}${body}${star ? `${LETTER}*` : ''}${body.endsWith("'") ? '' : '\\s+'}`;
  });
  return parts.join('').replace(/\\s\+$/, '');
}

/** Finds every whole-word occurrence of any of the phrases in folded text, longest first at a place. */
export function findPhrases(folded: string, phrases: readonly string[]): { start: number; end: number; phrase: string }[] {
  const hits: { start: number; end: number; phrase: string }[] = [];
  for (const phrase of phrases) {
    const re = compiled(phrase);
    for (const m of folded.matchAll(re)) hits.push({ start: m.index, end: m.index + m[0].length, phrase });
  }
  return dropOverlaps(hits);
}

const CACHE = new Map<string, RegExp>();

/** Each phrase's pattern is built once: the same lexicon is read for every sentence. */
function compiled(phrase: string): RegExp {
  let re = CACHE.get(phrase);
  if (!re) {
    const open = phrase.trim().endsWith("'");
    re = new RegExp(`(?<!${LETTER})${phrasePattern(phrase)}${open ? '' : `(?!${LETTER})`}`, 'gu');
    CACHE.set(phrase, re);
  }
  return re;
}

/** Keeps the longest of overlapping hits, so "sécurité alimentaire" wins over "sécurité". */
export function dropOverlaps<T extends { start: number; end: number }>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const hit of sorted) {
    if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Each match of a global pattern within one sentence of the folded text, with its place in the
 * whole text (`start`, `end`): the passes that read a sentence at a time share this one loop.
 */
export function* matchesIn(
  folded: string,
  sentence: Sentence,
  pattern: RegExp,
): Generator<{ match: RegExpMatchArray; start: number; end: number }> {
  for (const match of folded.slice(sentence.start, sentence.end).matchAll(pattern)) {
    const start = sentence.start + match.index!;
    yield { match, start, end: start + match[0].length };
  }
}
