import { findPhrases } from './findPhrases';
import { foldAccentsInPlace } from '../text/fold';
import { abbreviationContinues } from './names/abbreviations';
import type { Lexicon } from './lexicon/types';
import type { ArticleLang, Sentence } from './types';

/**
 * Splits an article into sentences with `Intl.Segmenter`, line by line: a line break always ends
 * a sentence, since titles and headings carry no final stop. A break right after an abbreviation
 * ("Nov. 4", "le Gen. Tiani", "M. Diop", "av. J.-C.", "U.S. forces") is undone, as the full stop is
 * the abbreviation's (see `names/abbreviations.ts`). A sentence's text is the article's own,
 * verbatim. A line that opens with a link or furniture phrase ("A LIRE AUSSI:") is kept, marked
 * as skipped, so it proposes nothing.
 */
export function splitSentences(text: string, lang: ArticleLang, lexicon: Lexicon): Sentence[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const boilerplate = isBoilerplate(line, lexicon);
    for (const [from, to] of joinAbbreviations(
      line,
      [...segmenter.segment(line)].map((s) => s.index),
    )) {
      const segment = line.slice(from, to);
      const lead = segment.length - segment.trimStart().length;
      const body = segment.trim();
      if (!body) continue;
      const start = lineStart + from + lead;
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

/** The segments' ranges, each break after an abbreviation removed. */
function joinAbbreviations(line: string, starts: number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!;
    const to = starts[i + 1] ?? line.length;
    const previous = ranges.at(-1);
    if (previous && abbreviationContinues(line.slice(previous[0], previous[1]), line.slice(from, to))) previous[1] = to;
    else ranges.push([from, to]);
  }
  return ranges;
}

function isBoilerplate(line: string, lexicon: Lexicon): boolean {
  const folded = foldAccentsInPlace(line.trim());
  return findPhrases(folded, lexicon.boilerplate).some((hit) => hit.start === 0);
}
