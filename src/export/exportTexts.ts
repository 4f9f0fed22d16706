import type { Dataset } from '../data/indexDataset';
import type { Filters, Pick } from '../state/store';
import type { Lang } from '../i18n/lang';
import type { Messages } from '../i18n/fr';
import type { ChartView } from './chartLegends';
import { describePick } from '../derive/describePick';

/** Every words an exported chart carries around its drawing, in the reader's language. */
export interface ExportTexts {
  title: string;
  subtitle: string;
  /** What the drawing shows: every partnership, or which filters narrowed it. */
  scope: string;
  source: string;
  /** Notes under the source: the map's boundary policy and geometry credit. */
  notes: string[];
  credit: string;
  /** The file's own description (its <desc>): the chart's alt text, when it has been written. */
  description?: string;
}

/** "Source: title, publisher (date)", as the dashboard's own source line words it. */
export function toSourceLine(dataset: Dataset, t: Messages): string {
  const [main, ...context] = dataset.sources;
  if (!main) return '';
  const publisher = main.publisher ? `, ${main.publisher}` : '';
  const date = main.published ? ` (${main.published})` : '';
  const more = context.length > 0 ? ` ${t.sourcesMore(context.length)}` : '';
  return `${t.sourceLine} ${main.title}${publisher}${date}${more}`;
}

function hasFilters(filters: Filters): boolean {
  return filters.statuses.length + filters.sectors.length + filters.kinds.length > 0 || filters.search.trim() !== '';
}

/** The filters in words, in the order of the filter bar: "security, energy; active; "niger"". */
export function describeFilters(dataset: Dataset, filters: Filters, lang: Lang, t: Messages): string {
  const parts = [
    filters.sectors.map((id) => dataset.sectorById.get(id)?.name[lang] ?? id).join(', '),
    filters.statuses.map((s) => t.statuses[s]).join(', '),
    filters.kinds.map((k) => t.kinds[k]).join(', '),
    filters.search.trim() ? t.share.searchFor(filters.search.trim()) : '',
  ];
  return parts.filter(Boolean).join(t.semicolon);
}

/** What is shown, in words: every partnership, or how many of them and which filters narrowed them. */
export function describeScope(dataset: Dataset, filters: Filters, shown: number, lang: Lang, t: Messages): string {
  const total = dataset.partnerships.length;
  return hasFilters(filters) ? t.share.filtered(t.filters.shown(shown, total), describeFilters(dataset, filters, lang, t)) : t.share.allShown(total);
}

/**
 * The chart's name, and what the selection brings forward when there is one: a picture that
 * fades every other label must say which one it kept.
 */
export function toSubtitle(name: string, dataset: Dataset, selection: Pick | null, lang: Lang, t: Messages): string {
  const picked = selection ? describePick(dataset, selection, lang, t) : null;
  return picked ? `${name} · ${t.picked.selection(picked)}` : name;
}

export function toExportTexts(view: ChartView, dataset: Dataset, filters: Filters, shown: number, lang: Lang, t: Messages, selection: Pick | null = null): ExportTexts {
  const scope = describeScope(dataset, filters, shown, lang, t);
  return {
    title: dataset.json.title[lang],
    subtitle: toSubtitle(t.share.chartTitles[view], dataset, selection, lang, t),
    scope,
    source: toSourceLine(dataset, t),
    notes: view === 'map' ? [`${t.map.attributionGeometry} ${t.map.attributionPolicy}`] : [],
    credit: t.share.credit,
  };
}
