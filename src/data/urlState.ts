import { VIEWS, type View } from '../model/views';
import type { Dataset } from './indexDataset';
import { STATUSES, type Status } from '../model/statuses';
import { ACTOR_KINDS, type ActorKind } from '../model/actorKinds';
import type { EntityRef } from '../model/entityRef';
import type { Filters } from '../model/filters';
import { relationActors, relationId } from '../model/entityRef';
import { isLang, type Lang } from '../model/lang';

/**
 * The exploration state as it stands in a link. The keys are a public interface (embeds and
 * classroom links depend on them), so they are readable and stable:
 *   ?lang=en&view=network&sector=energy,transport&status=active,exploring&kind=country&q=niger&select=RUS
 * `select` is an actor id, or `partnership:ID`, `relation:A,B` or `event:ID`.
 * Only values that differ from the default are written; unknown keys and values are ignored,
 * each with a notice, so an old or mangled link still opens.
 */

export interface UrlState {
  lang: Lang | null;
  view: View | null;
  filters: Filters;
  selection: EntityRef | null;
  /** The day every view shows the sources' state on (`?date=2022-06-01`); null for the latest. */
  date: string | null;
  /** The actor at the centre (`?from=RUS`); null for the dataset's own focus. */
  from: string | null;
}

export interface UrlNotice {
  key: string;
  value: string;
}

/** Keys that other features read (embeds, presentations, loading data by URL) pass untouched. */
const PASSED_THROUGH = new Set(['embed', 'present', 'step', 'data', 'datahost']);
const KNOWN_KEYS = new Set(['lang', 'view', 'sector', 'status', 'kind', 'q', 'select', 'date', 'from', ...PASSED_THROUGH]);

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

function keepKnown<T extends string>(key: string, values: string[], known: (v: string) => v is T, notices: UrlNotice[]): T[] {
  const kept: T[] = [];
  for (const value of values) {
    if (known(value)) {
      if (!kept.includes(value)) kept.push(value);
    } else notices.push({ key, value });
  }
  return kept;
}

const isStatus = (v: string): v is Status => (STATUSES as readonly string[]).includes(v);
const isKind = (v: string): v is ActorKind => (ACTOR_KINDS as readonly string[]).includes(v);
const isView = (v: string): v is View => (VIEWS as readonly string[]).includes(v);

/** A calendar day written YYYY-MM-DD that exists (no 31 June). */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

/** Reads a query string against a dataset: what it names that the dataset lacks is dropped with a notice. */
export function parseUrlState(search: string, dataset: Dataset): { state: UrlState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  for (const key of new Set(params.keys())) if (!KNOWN_KEYS.has(key)) notices.push({ key, value: params.get(key) ?? '' });

  const rawLang = params.get('lang');
  const lang = rawLang === null ? null : isLang(rawLang) ? rawLang : (notices.push({ key: 'lang', value: rawLang }), null);
  const rawView = params.get('view');
  const view = rawView === null ? null : isView(rawView) ? rawView : (notices.push({ key: 'view', value: rawView }), null);

  const isSector = (v: string): v is string => dataset.sectorById.has(v);
  const filters: Filters = {
    sectors: keepKnown('sector', splitList(params.get('sector') ?? ''), isSector, notices),
    statuses: keepKnown('status', splitList(params.get('status') ?? ''), isStatus, notices),
    kinds: keepKnown('kind', splitList(params.get('kind') ?? ''), isKind, notices),
    search: (params.get('q') ?? '').slice(0, 200),
  };

  const rawSelect = params.get('select');
  const selection = rawSelect === null ? null : parsePick(rawSelect, dataset);
  if (rawSelect !== null && selection === null) notices.push({ key: 'select', value: rawSelect });

  const rawDate = params.get('date');
  const date = rawDate === null ? null : isIsoDay(rawDate) ? rawDate : (notices.push({ key: 'date', value: rawDate }), null);
  const rawFrom = params.get('from');
  const from = rawFrom === null ? null : dataset.actorById.has(rawFrom) ? rawFrom : (notices.push({ key: 'from', value: rawFrom }), null);

  return { state: { lang, view, filters, selection, date, from }, notices };
}

function parsePick(value: string, dataset: Dataset): EntityRef | null {
  const colon = value.indexOf(':');
  if (colon < 0) return dataset.actorById.has(value) ? { kind: 'actor', id: value } : null;
  const kind = value.slice(0, colon);
  const id = value.slice(colon + 1);
  if (kind === 'partnership') return dataset.partnershipById.has(id) ? { kind, id } : null;
  if (kind === 'event') return dataset.events.some((e) => e.id === id) ? { kind, id } : null;
  if (kind === 'relation') {
    const [a = '', b = ''] = id.split(',');
    return dataset.actorById.has(a) && dataset.actorById.has(b) && a !== b ? { kind, id: relationId(a, b) } : null;
  }
  return null;
}

function formatPick(pick: EntityRef): string {
  if (pick.kind === 'actor') return pick.id;
  if (pick.kind === 'relation') return `relation:${relationActors(pick.id).join(',')}`;
  return `${pick.kind}:${pick.id}`;
}

/**
 * Writes the state as a query string with only what differs from the default, in a fixed key
 * order; `keep` carries keys this module does not own (embed, present...) through unchanged.
 */
export function serializeUrlState(state: UrlState, defaultLang: Lang, keep: URLSearchParams = new URLSearchParams()): string {
  const params = new URLSearchParams();
  if (state.lang && state.lang !== defaultLang) params.set('lang', state.lang);
  if (state.view) params.set('view', state.view);
  if (state.filters.sectors.length) params.set('sector', state.filters.sectors.join(','));
  if (state.filters.statuses.length) params.set('status', state.filters.statuses.join(','));
  if (state.filters.kinds.length) params.set('kind', state.filters.kinds.join(','));
  if (state.filters.search.trim()) params.set('q', state.filters.search.trim());
  if (state.selection) params.set('select', formatPick(state.selection));
  if (state.date) params.set('date', state.date);
  if (state.from) params.set('from', state.from);
  for (const [key, value] of keep) if (PASSED_THROUGH.has(key)) params.set(key, value);
  // Commas and colons are legal in a query and far more readable unescaped.
  const text = params.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
  return text ? `?${text}` : '';
}
