import type { Dataset } from '../data/indexDataset';
import type { Reach } from './pickReach';
import type { EntityRef } from '../model/entityRef';

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
const toSameWords = (quote: string) => quote.normalize('NFC').replace(/\s+/gu, ' ').trim();

// Each step of the date slider indexes the quotes of another dataset of the same records, whose
// texts are the very same strings: normalised once, not at each step (about 50 ms a step for
// 50,000 partnerships' quotes). Past a bound, the kept wordings are let go.
const KEPT_WORDINGS = 200_000;
const wordings = new Map<string, string>();
function sameWords(quote: string): string {
  let words = wordings.get(quote);
  if (words === undefined) {
    if (wordings.size >= KEPT_WORDINGS) wordings.clear();
    words = toSameWords(quote);
    wordings.set(quote, words);
  }
  return words;
}

/**
 * Every quote of the dataset, one entry per source and wording, in the order the dataset first
 * cites them (partnerships, then actors, then events). A sentence cited by four partnerships is
 * one quote that supports four records, so the reader marks it once.
 */
export function quoteIndex(dataset: Dataset): SourceQuote[] {
  // Per source, each wording and each exact text already met leads to its entry: thousands of
  // records citing a few sentences normalise each text once, and no key joins source and text.
  const bySource = new Map<string, Map<string, IndexEntry>>();
  const entries: IndexEntry[] = [];
  const add = (support: QuoteSupport, evidence: { source: string; quote?: string; translation?: { en: string } }) => {
    if (evidence.quote === undefined) return;
    let quotes = bySource.get(evidence.source);
    if (!quotes) {
      quotes = new Map();
      bySource.set(evidence.source, quotes);
    }
    let entry = quotes.get(evidence.quote);
    if (!entry) {
      const words = sameWords(evidence.quote);
      entry = quotes.get(words);
      if (!entry) {
        entry = {
          key: `q${entries.length + 1}`,
          sourceId: evidence.source,
          quote: evidence.quote,
          translation: evidence.translation?.en ?? null,
          supports: [],
          cited: null,
        };
        entries.push(entry);
        quotes.set(words, entry);
      }
      quotes.set(evidence.quote, entry);
    }
    cite(entry, support);
    entry.translation ??= evidence.translation?.en ?? null;
  };
  for (const p of dataset.partnerships) for (const e of p.evidence) add({ kind: 'partnership', id: p.id }, e);
  for (const a of dataset.actors) for (const e of a.evidence ?? []) add({ kind: 'actor', id: a.id }, e);
  for (const ev of dataset.events) for (const e of ev.evidence) add({ kind: 'event', id: ev.id }, e);
  return entries.map(({ cited: _cited, ...quote }) => quote);
}

interface IndexEntry {
  key: string;
  sourceId: string;
  quote: string;
  translation: string | null;
  supports: QuoteSupport[];
  /** The supports as keys, kept once a quote backs more records than a glance through them costs. */
  cited: Set<string> | null;
}

const FEW_SUPPORTS = 8;

/** Adds a record to a quote's supports unless it is there already. */
function cite(entry: IndexEntry, support: QuoteSupport) {
  const { supports } = entry;
  if (entry.cited === null && supports.length < FEW_SUPPORTS) {
    if (!supports.some((s) => s.kind === support.kind && s.id === support.id)) supports.push(support);
    return;
  }
  // A sentence can back thousands of records: past a few, a set keeps them once.
  entry.cited ??= new Set(supports.map(supportKey));
  const key = supportKey(support);
  if (entry.cited.has(key)) return;
  entry.cited.add(key);
  supports.push(support);
}

const supportKey = (s: QuoteSupport) => `${s.kind}\u0000${s.id}`;

/**
 * The quotes a pick brings forward: those supporting any partnership of its reach, and those
 * citing the picked actor or event itself.
 */
export function quoteKeysFor(quotes: readonly SourceQuote[], pick: EntityRef | null, reach: Reach): ReadonlySet<string> {
  if (!pick) return EMPTY;
  const keys = new Set<string>();
  for (const q of quotes) if (supportsTouch(q.supports, pick, reach)) keys.add(q.key);
  return keys;
}

/** Whether a pick brings forward a quote with these supports: one of its partnerships, or the picked record itself. */
export function supportsTouch(supports: readonly QuoteSupport[], pick: EntityRef | null, reach: Reach): boolean {
  if (!pick) return false;
  return supports.some((s) => (s.kind === 'partnership' && reach.partnerships.has(s.id)) || (s.kind === pick.kind && s.id === pick.id));
}

/**
 * The quotes the reader mutes rather than hide, as the text stays whole: while a filter is on,
 * those that back none of the partnerships passing it; on an earlier date, those that back only
 * partnerships its sources did not speak of yet. None while every partnership of the latest date
 * is shown. `total` is how many partnerships the latest date has, `filtering` whether a filter is on.
 */
export function mutedQuotes(
  quotes: readonly SourceQuote[],
  total: number,
  shown: readonly { id: string }[],
  filtering: boolean,
): ReadonlySet<string> {
  if (!filtering && shown.length === total) return EMPTY;
  const ids = new Set(shown.map((p) => p.id));
  const keys = new Set<string>();
  for (const q of quotes) {
    if (q.supports.some((s) => s.kind === 'partnership' && ids.has(s.id))) continue;
    if (filtering || q.supports.some((s) => s.kind === 'partnership')) keys.add(q.key);
  }
  return keys;
}

const EMPTY: ReadonlySet<string> = new Set();

/** Quotes listed under the source they come from. */
export interface QuoteGroup<S> {
  source: S;
  quotes: readonly SourceQuote[];
}

/**
 * The quotes a list shows when it may show only `limit` of them: those of the selection first,
 * then those of the filtered partnerships, then the others, each kind in the dataset's order,
 * grouped by source in the order the sources first come. A list that fits is given back as it
 * is, so a small dataset reads the same whatever is selected.
 */
export function toQuoteListing<S>(
  groups: readonly QuoteGroup<S>[],
  limit: number,
  current: ReadonlySet<string>,
  muted: ReadonlySet<string>,
): { groups: QuoteGroup<S>[]; listed: number; total: number } {
  const total = groups.reduce((n, g) => n + g.quotes.length, 0);
  if (total <= limit) return { groups: [...groups], listed: total, total };
  const rank = (q: SourceQuote) => (current.has(q.key) ? 0 : muted.has(q.key) ? 2 : 1);
  const all = groups.flatMap((group) => group.quotes.map((quote) => ({ group, quote })));
  const chosen = [0, 1, 2].flatMap((r) => all.filter((item) => rank(item.quote) === r)).slice(0, limit);
  const bySource = new Map<QuoteGroup<S>, SourceQuote[]>();
  for (const { group, quote } of chosen) {
    const quotes = bySource.get(group);
    if (quotes) quotes.push(quote);
    else bySource.set(group, [quote]);
  }
  return { groups: [...bySource].map(([group, quotes]) => ({ source: group.source, quotes })), listed: chosen.length, total };
}
