import { foldAccentsInPlace } from '../text/fold';
import { NAME_FORMS, type NameForm } from './countryNames';
import type { Mention, Sentence } from './types';

const LETTER = '[\\p{L}\\p{N}]';

/** One pattern for all forms, longest first, so "Burkina Faso" wins over a shorter form inside it. */
const FORMS_BY_FOLDED = new Map<string, NameForm[]>();
for (const f of NAME_FORMS) {
  const key = foldAccentsInPlace(f.form);
  FORMS_BY_FOLDED.set(key, [...(FORMS_BY_FOLDED.get(key) ?? []), f]);
}
const ALTERNATION = [...FORMS_BY_FOLDED.keys()]
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
  .join('|');
const PATTERN = new RegExp(`(?<!${LETTER})(?:${ALTERNATION})(?!${LETTER})`, 'gu');

/**
 * Finds the countries and organizations each sentence names, by name or by adjective. A name must
 * be written with its capital (so "turkey" the bird is not Türkiye); an adjective may not be
 * (French writes "russe").
 */
export function findNamedActors(text: string, sentences: readonly Sentence[]): Mention[] {
  const folded = foldAccentsInPlace(text);
  const mentions: Mention[] = [];
  for (const sentence of sentences) {
    if (sentence.skipped) continue;
    const part = folded.slice(sentence.start, sentence.end);
    for (const m of part.matchAll(PATTERN)) {
      const start = sentence.start + m.index;
      const original = text.slice(start, start + m[0].length);
      const form = FORMS_BY_FOLDED.get(m[0].replace(/\s+/g, ' '))?.find((f) => accepts(f, original));
      if (form) mentions.push({ actorId: form.actorId, start, end: start + m[0].length, sentence: sentence.index, via: form.via });
    }
  }
  return mentions;
}

function accepts(form: NameForm, original: string): boolean {
  if (form.exactCase) return original === form.form;
  if (form.via === 'name') return /^\p{Lu}/u.test(original);
  return true;
}
