import type { Dataset, Partnership } from '../data/indexDataset';
import type { Messages } from '../i18n/fr';
import { foldAccents } from '../text/fold';
import type { Status, Trend } from '../model/statuses';
import type { Lang } from '../model/lang';

export interface TableEvidence {
  /** The source's words; null for a claim that rests on an event the source reports. */
  quote: string | null;
  translation: string | null;
  /** The title of that event, in the reader's language; null for a quote. */
  event: string | null;
  sourceId: string;
  sourceTitle: string;
  /** The status this claim supports, and the date it is dated by (its own, its event's, its source's), null where undated. */
  status: Status;
  date: string | null;
  /** The last day of the period the claim speaks of, where it gives one. */
  endDate: string | null;
}

/** One partnership as the table shows it, every label already in the reader's language. */
export interface TableRow {
  id: string;
  /** Position in the dataset, the last tie-breaker of every sort so the order is stable. */
  index: number;
  focusId: string;
  focusName: string;
  partnerId: string;
  partnerName: string;
  sectorId: string;
  sectorName: string;
  sectorIndex: number;
  status: Status;
  statusLabel: string;
  trend: Trend | null;
  trendLabel: string | null;
  summary: string;
  evidence: readonly TableEvidence[];
  /**
   * Everything a reader can see in the row, folded for accent- and case-blind search. Folding
   * five thousand rows is a long task, so it is worked out at the row's first search.
   */
  readonly searchText: string;
}

/** What a row says besides its partnership: the same for every date of a dataset, from one point of view. */
interface RowContext {
  json: Dataset['json'];
  focusId: string;
  lang: Lang;
  t: Messages;
  rows: WeakMap<Partnership, TableRow>;
}
let context: RowContext | null = null;

/**
 * The table's rows for some partnerships (usually the filtered ones), in the order given. Each
 * partnership's row is made once and kept while the dataset, its point of view and the language
 * stay: a date step hands most partnerships over as the same objects (`datasetOn`), so only the
 * rows of those it changes are made again.
 */
export function toTableRows(dataset: Dataset, partnerships: readonly Partnership[], lang: Lang, t: Messages): TableRow[] {
  if (!context || context.json !== dataset.json || context.focusId !== dataset.focus.id || context.lang !== lang || context.t !== t)
    context = { json: dataset.json, focusId: dataset.focus.id, lang, t, rows: new WeakMap() };
  const { rows } = context;
  let make: ((p: Partnership) => TableRow) | null = null;
  return partnerships.map((p) => {
    let row = rows.get(p);
    if (!row) {
      make ??= rowMaker(dataset, lang, t);
      row = make(p);
      rows.set(p, row);
    }
    return row;
  });
}

/** How one partnership's row is made, with the dataset's lookups built once. */
function rowMaker(dataset: Dataset, lang: Lang, t: Messages): (p: Partnership) => TableRow {
  // A row's place is its place in the published file: the same on every date, in the order of
  // the partnerships of any date.
  const order = new Map(dataset.json.partnerships.map((p, i) => [p.id, i]));
  const sectorOrder = new Map(dataset.sectors.map((s, i) => [s.id, i]));
  return (p) => {
    const [a, b] = p.actors;
    // The focus is listed first in the format; if neither is the focus, the first stands in for it.
    const [focusId, partnerId] = b === dataset.focus.id ? [b, a] : [a, b];
    const focus = dataset.actorById.get(focusId);
    const partner = dataset.actorById.get(partnerId);
    const datedClaim = new Map(p.claims.map((claim) => [claim.claim, claim]));
    const evidence = p.evidence.map((e) => ({
      quote: e.quote ?? null,
      translation: e.translation?.en ?? null,
      event:
        e.quote === undefined && e.event !== undefined
          ? (dataset.events.find((event) => event.id === e.event)?.title[lang] ?? e.event)
          : null,
      sourceId: e.source,
      sourceTitle: dataset.sourceById.get(e.source)?.title ?? e.source,
      status: e.status,
      date: datedClaim.get(e)?.from ?? e.date ?? null,
      endDate: e.endDate ?? null,
    }));
    const row: Omit<TableRow, 'searchText'> = {
      id: p.id,
      index: order.get(p.id) ?? 0,
      focusId,
      focusName: focus?.name[lang] ?? focusId,
      partnerId,
      partnerName: partner?.name[lang] ?? partnerId,
      sectorId: p.sector,
      sectorName: dataset.sectorById.get(p.sector)?.name[lang] ?? p.sector,
      sectorIndex: sectorOrder.get(p.sector) ?? 0,
      status: p.status,
      statusLabel: t.statuses[p.status],
      trend: p.trend ?? null,
      trendLabel: p.trend ? t.trends[p.trend] : null,
      summary: p.summary[lang],
      evidence,
    };
    let searchText: string | undefined;
    return {
      ...row,
      get searchText() {
        if (searchText === undefined) {
          // Names are searchable in both languages, as in the shared filter, so "Russia" finds "Russie".
          const names = [focus?.name.fr, focus?.name.en, partner?.name.fr, partner?.name.en, focusId, partnerId];
          const words = [
            ...names,
            row.sectorName,
            row.statusLabel,
            row.trendLabel,
            row.summary,
            ...evidence.flatMap((e) => [e.quote ?? '', e.translation ?? '', e.event ?? '', e.sourceTitle]),
          ];
          searchText = foldAccents(words.filter(Boolean).join('\n'));
        }
        return searchText;
      },
    };
  };
}

/**
 * The rows whose visible text holds every word of the query, ignoring case, accents and the
 * order of the words: "niger securite" finds the Niger security row.
 */
export function searchTableRows(rows: readonly TableRow[], query: string): TableRow[] {
  const words = foldAccents(query).split(/\s+/u).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => words.every((w) => row.searchText.includes(w)));
}

/**
 * The rows the table shows: those of `sorted` (every row of the dataset, already in table order)
 * whose partnership passes the shared filters and whose text holds every word of the query.
 * Sorting is a total order, so filtering sorted rows gives the rows sorted: the table sorts once
 * per dataset and column, and a filter click only walks the list. While nothing narrows the
 * list, it is `sorted` itself.
 */
export function pickTableRows(sorted: readonly TableRow[], partnerships: readonly { id: string }[], query: string): readonly TableRow[] {
  const words = foldAccents(query).split(/\s+/u).filter(Boolean);
  if (partnerships.length === sorted.length && words.length === 0) return sorted;
  const passing = partnerships.length === sorted.length ? null : new Set(partnerships.map((p) => p.id));
  return sorted.filter((row) => (passing === null || passing.has(row.id)) && words.every((w) => row.searchText.includes(w)));
}

/**
 * The rows past the first `listed` that `lit` holds, in table order, at most `max` of them, with
 * how many there are in all. The table shows them apart, so that a pick made in the map or the
 * network is in the table at once, without drawing the thousands of rows before it. When every
 * row is lit (the focus is selected), the listed rows already show the selection: none is given.
 */
export function rowsPastListed(
  rows: readonly TableRow[],
  listed: number,
  lit: ReadonlySet<string>,
  max: number,
): { rows: TableRow[]; total: number } {
  if (lit.size === 0 || rows.every((row) => lit.has(row.id))) return { rows: [], total: 0 };
  const past = rows.slice(listed).filter((row) => lit.has(row.id));
  return { rows: past.slice(0, max), total: past.length };
}
