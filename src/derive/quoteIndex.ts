import type { Dataset } from '../data/indexDataset';
import type { Highlight } from './relations';
import type { Pick } from '../state/store';

/** A record that a quote supports. */
export interface QuoteSupport {
  kind: 'partnership' | 'actor' | 'event';
  id: string;
}

/** One distinct quote of one source, with every record that cites it. */
export interface SourceQuote {
  key: string;
  sourceId: string;
  quote: string;
  translation: string | null;
  supports: readonly QuoteSupport[];
}

/** Spacing and composition do not make two quotes different: the same words cited twice are one quote. */
const sameWords = (quote: string) => quote.normalize('NFC').replace(/\s+/gu, ' ').trim();

/**
 * Every quote of the dataset, one entry per source and wording, in the order the dataset first
 * cites them (partnerships, then actors, then events). A sentence cited by four partnerships is
 * one quote that supports four records, so the reader marks it once.
 */
export function quoteIndex(dataset: Dataset): SourceQuote[] {
  const byWords = new Map<string, { key: string; sourceId: string; quote: string; translation: string | null; supports: QuoteSupport[] }>();
  const add = (support: QuoteSupport, evidence: { source: string; quote?: string; translation?: { en: string } }) => {
    if (evidence.quote === undefined) return;
    const id = `${evidence.source}\u0000${sameWords(evidence.quote)}`;
    let entry = byWords.get(id);
    if (!entry) {
      entry = { key: `q${byWords.size + 1}`, sourceId: evidence.source, quote: evidence.quote, translation: evidence.translation?.en ?? null, supports: [] };
      byWords.set(id, entry);
    }
    if (!entry.supports.some((s) => s.kind === support.kind && s.id === support.id)) entry.supports.push(support);
    entry.translation ??= evidence.translation?.en ?? null;
  };
  for (const p of dataset.partnerships) for (const e of p.evidence) add({ kind: 'partnership', id: p.id }, e);
  for (const a of dataset.actors) for (const e of a.evidence ?? []) add({ kind: 'actor', id: a.id }, e);
  for (const ev of dataset.events) for (const e of ev.evidence) add({ kind: 'event', id: ev.id }, e);
  return [...byWords.values()];
}

/**
 * The quotes a pick brings forward: those supporting any partnership of its highlight, and those
 * citing the picked actor or event itself.
 */
export function quoteKeysFor(quotes: readonly SourceQuote[], pick: Pick | null, highlight: Highlight): ReadonlySet<string> {
  if (!pick) return EMPTY;
  const keys = new Set<string>();
  for (const q of quotes) {
    const hit = q.supports.some(
      (s) => (s.kind === 'partnership' && highlight.partnerships.has(s.id)) || (s.kind === pick.kind && s.id === pick.id),
    );
    if (hit) keys.add(q.key);
  }
  return keys;
}

/**
 * The quotes that back none of the partnerships passing the shared filters; none while every
 * partnership passes. The reader mutes them rather than hide them, as the text stays whole.
 */
export function quotesOutsideFilters(quotes: readonly SourceQuote[], total: number, shown: readonly { id: string }[]): ReadonlySet<string> {
  if (shown.length === total) return EMPTY;
  const ids = new Set(shown.map((p) => p.id));
  const keys = new Set<string>();
  for (const q of quotes) if (!q.supports.some((s) => s.kind === 'partnership' && ids.has(s.id))) keys.add(q.key);
  return keys;
}

const EMPTY: ReadonlySet<string> = new Set();
