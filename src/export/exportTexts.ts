import type { Dataset } from '../data/indexDataset';
import type { Messages } from '../i18n/fr';
import { describePick } from '../derive/describePick';
import { capLabel, TITLE_MAX } from '../text/capLabel';
import { isolate } from '../text/isolate';
import type { EntityRef } from '../model/entityRef';
import type { Filters } from '../model/filters';
import type { Lang } from '../model/lang';
import type { ChartView } from '../model/views';

/** What becomes of a string from the dataset as it goes into words: nothing on the page's own lines. */
export type Mark = (text: string) => string;
const asIs: Mark = (text) => text;
/**
 * In an exported picture a name is cut to a label's length and isolated, since a file viewer
 * lays out each line as plain text (`isolate`); titles get a title's length.
 */
export const markName: Mark = (text) => isolate(capLabel(text));
export const markTitle: Mark = (text) => isolate(capLabel(text, TITLE_MAX));

/** Every words an exported chart carries around its drawing, in the reader's language. */
export interface ExportTexts {
  title: string;
  subtitle: string;
  /** What the drawing shows: every partnership, or which filters narrowed it. */
  scope: string;
  source: string;
  /** For a dataset a `?data=` link named: "Data loaded from other.site", under the source. */
  dataFrom?: string;
  /** Notes under the source: the map's boundary policy and geometry credit. */
  notes: string[];
  credit: string;
  /** The file's own description (its <desc>): the chart's alt text, when it has been written. */
  description?: string;
}

/** "Source: title, publisher (date)", as the dashboard's own source line words it. */
export function toSourceLine(dataset: Dataset, t: Messages, mark: Mark = asIs): string {
  const [main, ...context] = dataset.sources;
  if (!main) return '';
  const publisher = main.publisher ? `, ${mark(main.publisher)}` : '';
  const date = main.published ? ` (${main.published})` : '';
  const more = context.length > 0 ? ` ${t.sourcesMore(context.length)}` : '';
  return `${t.sourceLine} ${mark(main.title)}${publisher}${date}${more}`;
}

function hasFilters(filters: Filters): boolean {
  return filters.statuses.length + filters.sectors.length + filters.kinds.length > 0 || filters.search.trim() !== '';
}

/** The filters in words, in the order of the filter bar: "security, energy; active; "niger"". */
export function describeFilters(dataset: Dataset, filters: Filters, lang: Lang, t: Messages, mark: Mark = asIs): string {
  const parts = [
    filters.sectors.map((id) => mark(dataset.sectorById.get(id)?.name[lang] ?? id)).join(', '),
    filters.statuses.map((s) => t.statuses[s]).join(', '),
    filters.kinds.map((k) => t.kinds[k]).join(', '),
    filters.search.trim() ? t.share.searchFor(mark(filters.search.trim())) : '',
  ];
  return parts.filter(Boolean).join(t.semicolon);
}

/** What is shown, in words: every partnership, or how many of them and which filters narrowed them. */
export function describeScope(dataset: Dataset, filters: Filters, shown: number, lang: Lang, t: Messages, mark: Mark = asIs): string {
  const total = dataset.partnerships.length;
  return hasFilters(filters)
    ? t.share.filtered(t.filters.shown(shown, total), describeFilters(dataset, filters, lang, t, mark))
    : t.share.allShown(total);
}

/**
 * The chart's name, and what the selection brings forward when there is one: a picture that
 * fades every other label must say which one it kept.
 */
export function toSubtitle(
  name: string,
  dataset: Dataset,
  selection: EntityRef | null,
  lang: Lang,
  t: Messages,
  mark: Mark = asIs,
): string {
  const picked = selection ? describePick(dataset, selection, lang, t, mark) : null;
  return picked ? `${name} · ${t.picked.selection(picked)}` : name;
}

/** "Data loaded from other.site", for a dataset a link named. */
export function toDataFromLine(dataHost: string | null, t: Messages): string {
  return dataHost ? `${t.dataFrom} ${dataHost}` : '';
}

export function toExportTexts(
  view: ChartView,
  dataset: Dataset,
  filters: Filters,
  shown: number,
  lang: Lang,
  t: Messages,
  selection: EntityRef | null = null,
  dataHost: string | null = null,
): ExportTexts {
  const scope = describeScope(dataset, filters, shown, lang, t, markName);
  return {
    title: capLabel(dataset.json.title[lang], TITLE_MAX),
    subtitle: toSubtitle(t.share.chartTitles[view], dataset, selection, lang, t, markName),
    scope,
    source: toSourceLine(dataset, t, markTitle),
    dataFrom: toDataFromLine(dataHost, t),
    notes: view === 'map' ? [`${t.map.attributionGeometry} ${t.map.attributionPolicy}`] : [],
    credit: t.share.credit,
  };
}
