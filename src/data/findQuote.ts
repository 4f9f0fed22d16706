/**
 * Finds a quote in a source text, tolerant of the differences that copying text introduces and
 * that do not change a word: typographic apostrophes and quotation marks, non-breaking spaces,
 * line breaks and repeated spaces. Letters, accents and punctuation must match exactly, so a
 * quote that was edited is still caught.
 */
export interface TextRange {
  start: number;
  end: number;
}

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u02BC': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2013': '-', '\u2011': '-',
};

interface Folded {
  text: string;
  /** For each character of `text`, its offset in the original string. */
  offsets: number[];
}

function fold(original: string): Folded {
  let text = '';
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i] as string;
    if (/\s/u.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      if (text.length > 0) {
        text += ' ';
        offsets.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    text += FOLD[ch] ?? ch;
    offsets.push(i);
  }
  return { text, offsets };
}

/** Every place the quote occurs in the text, in order; empty when it is not there. */
export function findQuoteAll(sourceText: string, quote: string): TextRange[] {
  const haystack = fold(sourceText.normalize('NFC'));
  const needle = fold(quote.normalize('NFC')).text;
  if (!needle) return [];
  const ranges: TextRange[] = [];
  let from = 0;
  for (;;) {
    const at = haystack.text.indexOf(needle, from);
    if (at < 0) break;
    const last = at + needle.length - 1;
    ranges.push({ start: haystack.offsets[at] as number, end: (haystack.offsets[last] as number) + 1 });
    from = at + 1;
  }
  return ranges;
}

/** The first place the quote occurs in the text, or null. */
export function findQuote(sourceText: string, quote: string): TextRange | null {
  return findQuoteAll(sourceText, quote)[0] ?? null;
}
