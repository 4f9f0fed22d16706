import { foldAccentsInPlace } from '../text/fold';

const LETTER = '[\\p{L}\\p{N}]';

/**
 * Turns a lexicon phrase into a pattern on folded text. A phrase is plain words; `*` at the end of
 * a word stands for any ending (`renforc*` covers renforcé, renforcée, renforcement), and `…`
 * between words stands for up to three words in between (`ne … plus`).
 */
export function phrasePattern(phrase: string): string {
  const words = foldAccentsInPlace(phrase.trim()).split(/\s+/);
  const parts = words.map((word) => {
    if (word === '…' || word === '...') return '(?:[^\\s.,;:!?]+\\s+){0,3}?';
    const star = word.endsWith('*');
    const body = (star ? word.slice(0, -1) : word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return `${body}${star ? `${LETTER}*` : ''}\\s+`;
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
    re = new RegExp(`(?<!${LETTER})${phrasePattern(phrase)}(?!${LETTER})`, 'gu');
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
