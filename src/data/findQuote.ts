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
  '\u2018': "'",
  '\u2019': "'",
  '\u02BC': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2033': '"',
  '\u2013': '-',
  '\u2011': '-',
};

interface Folded {
  text: string;
  /** For each character of `text`, its offset in the original string. */
  offsets: number[];
}

const SPACE = /\s/u;

/** Whether a character is white space: the ASCII ones by code, the rarer ones by the same `\s` test. */
function isSpace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(ch);
}

function fold(original: string): Folded {
  const chars: string[] = [];
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i] as string;
    if (isSpace(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      if (chars.length > 0) {
        chars.push(' ');
        offsets.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    chars.push(FOLD[ch] ?? ch);
    offsets.push(i);
  }
  return { text: chars.join(''), offsets };
}

// A dataset quotes the same few source texts many times over (every evidence quote is checked
// against its source, and the reader marks them all), so the folded texts are kept.
const foldedSources = new Map<string, Folded>();
const KEPT_SOURCES = 16;

function foldSource(sourceText: string): Folded {
  let folded = foldedSources.get(sourceText);
  if (!folded) {
    folded = fold(sourceText.normalize('NFC'));
    if (foldedSources.size >= KEPT_SOURCES) foldedSources.delete(foldedSources.keys().next().value as string);
    foldedSources.set(sourceText, folded);
  }
  return folded;
}

/** Every place the quote occurs in the text, in order; empty when it is not there. */
export function findQuoteAll(sourceText: string, quote: string): TextRange[] {
  const haystack = foldSource(sourceText);
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
