import { foldAccents } from '../../text/fold';
import { CAPITALS } from './capitals';
import type { Sentence } from '../types';

const BY_FOLDED = new Map(Object.entries(CAPITALS).flatMap(([id, forms]) => forms.map((f) => [foldAccents(f), id] as const)));

/**
 * The actor whose capital opens the dateline ("BAMAKO, 3 mars 2025 –", "NIAMEY, Aug. 6"): the
 * place in capitals at the start of the article's first line after the title. A wire report is
 * most often about the country it is filed from, so the focus choice gives it weight.
 */
export function datelineActor(text: string, sentences: readonly Sentence[]): string | undefined {
  const title = sentences.find((s) => !s.skipped);
  const lineStart = title ? text.indexOf('\n', title.end) + 1 : 0;
  if (lineStart <= 0) return undefined;
  const place = text.slice(lineStart, lineStart + 40).match(/^([\p{Lu}'’ .-]{3,}),/u)?.[1];
  return place ? BY_FOLDED.get(foldAccents(place.replace(/’/g, "'").trim())) : undefined;
}
