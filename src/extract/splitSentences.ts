import { findPhrases } from './findPhrases';
import { foldAccentsInPlace } from '../text/fold';
import type { Lexicon } from './lexicon/types';
import type { ArticleLang, Sentence } from './types';

/**
 * Splits an article into sentences with `Intl.Segmenter`, line by line: a line break always ends
 * a sentence, since titles and headings carry no final stop. A line that opens with a link or
 * furniture phrase ("A LIRE AUSSI:") is kept, marked as skipped, so it proposes nothing.
 */
export function splitSentences(text: string, lang: ArticleLang, lexicon: Lexicon): Sentence[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const boilerplate = isBoilerplate(line, lexicon);
    for (const segment of segmenter.segment(line)) {
      const lead = segment.segment.length - segment.segment.trimStart().length;
      const body = segment.segment.trim();
      if (!body) continue;
      const start = lineStart + segment.index + lead;
      sentences.push({
        index: sentences.length,
        start,
        end: start + body.length,
        text: body,
        ...(boilerplate ? { skipped: 'boilerplate' as const } : {}),
      });
    }
    lineStart += line.length + 1;
  }
  return sentences;
}

function isBoilerplate(line: string, lexicon: Lexicon): boolean {
  const folded = foldAccentsInPlace(line.trim());
  return findPhrases(folded, lexicon.boilerplate).some((hit) => hit.start === 0);
}
