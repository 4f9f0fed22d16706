import { findQuoteAll, type TextRange } from '../data/findQuote';

/** A run of the text covered by the same quotes (none for plain text). */
export interface QuoteSpan {
  start: number;
  end: number;
  text: string;
  /** Keys of the quotes that cover this run; empty for plain text. */
  keys: readonly string[];
  /** Keys of the quotes whose first occurrence begins with this run (where the reader scrolls to). */
  opens: readonly string[];
  /** Keys of the quotes whose first occurrence ends with this run (where the translation goes). */
  closes: readonly string[];
}

export interface QuoteParagraph {
  start: number;
  spans: readonly QuoteSpan[];
}

export interface QuoteLayout {
  paragraphs: readonly QuoteParagraph[];
  /** Where each quote was found, every occurrence, in text order. */
  located: ReadonlyMap<string, readonly TextRange[]>;
  /** Keys of the quotes that are not in the text (a dataset that skipped its integrity check). */
  missing: readonly string[];
}

/**
 * Cuts a source text into paragraphs (one a line, blank lines dropped) and each paragraph into
 * runs at every quote boundary, so quotes that overlap or touch are each marked in full, and a
 * quote that crosses a line break is marked in both paragraphs.
 */
export function toQuoteSpans(text: string, quotes: readonly { key: string; quote: string }[]): QuoteLayout {
  const located = new Map<string, TextRange[]>();
  const missing: string[] = [];
  for (const q of quotes) {
    const ranges = findQuoteAll(text, q.quote);
    if (ranges.length > 0) located.set(q.key, ranges);
    else missing.push(q.key);
  }

  const paragraphs: QuoteParagraph[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const start = lineStart;
    const end = start + line.length;
    lineStart = end + 1;
    if (line.trim() === '') continue;
    paragraphs.push({ start, spans: cutParagraph(text, start, end, located) });
  }
  return { paragraphs, located, missing };
}

function cutParagraph(text: string, start: number, end: number, located: ReadonlyMap<string, readonly TextRange[]>): QuoteSpan[] {
  const cuts = new Set([start, end]);
  for (const ranges of located.values()) {
    for (const r of ranges) {
      if (r.start > start && r.start < end) cuts.add(r.start);
      if (r.end > start && r.end < end) cuts.add(r.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const spans: QuoteSpan[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    const keys: string[] = [];
    const opens: string[] = [];
    const closes: string[] = [];
    for (const [key, ranges] of located) {
      if (ranges.some((r) => r.start < to && r.end > from)) keys.push(key);
      const first = ranges[0] as TextRange;
      if (first.start >= from && first.start < to) opens.push(key);
      if (first.end > from && first.end <= to) closes.push(key);
    }
    spans.push({ start: from, end: to, text: text.slice(from, to), keys, opens, closes });
  }
  return spans;
}
