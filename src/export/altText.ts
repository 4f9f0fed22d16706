import type { Dataset, Partnership } from '../data/indexDataset';
import type { EmbedView } from '../config/appConfig';
import type { Messages } from '../i18n/fr';
import { formatDate } from '../i18n/format';
import { toMapScene } from '../derive/toMapScene';
import { describePick } from '../derive/describePick';
import { describeActor, describePartnerships } from '../derive/describePartnerships';
import { toReach } from '../derive/pickReach';
import { describeScope, toDataFromLine, toSourceLine } from './exportTexts';
import { STATUSES, type Status } from '../model/statuses';
import type { EntityRef } from '../model/entityRef';
import type { Filters } from '../model/filters';
import type { Lang } from '../model/lang';

/** What a chart shows, as the Export and Embed dialogs describe it. */
export interface AltTextInput {
  view: EmbedView;
  dataset: Dataset;
  /** The filtered list the views draw. */
  partnerships: readonly Partnership[];
  filters: Filters;
  selection: EntityRef | null;
  /** The host a `?data=` link's dataset came from, named after the source. */
  dataHost?: string | null;
}

/** Names listed per status before the rest are counted, so a large dataset still reads as one paragraph. */
const NAMES_PER_GROUP = 6;
/** The views that fade what the selection leaves out; the table and the timeline only mark it. */
const FADING: ReadonlySet<EmbedView> = new Set(['map', 'network', 'sectors']);

function listNames(names: readonly string[], lang: Lang, t: Messages): string {
  const shown =
    names.length > NAMES_PER_GROUP ? [...names.slice(0, NAMES_PER_GROUP - 1), t.altText.more(names.length - NAMES_PER_GROUP + 1)] : names;
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(shown);
}

function partnerCounts(dataset: Dataset, partnerships: readonly Partnership[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of partnerships) for (const id of new Set(p.actors)) if (id !== dataset.focus.id) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** "active (Russia); emerging (Burkina Faso and Niger); …": each partner under its most advanced status. */
function byStatus(dataset: Dataset, statusByActor: ReadonlyMap<string, Status>, lang: Lang, t: Messages): string {
  const groups = STATUSES.map((status) => {
    const names = [...statusByActor].filter(([, s]) => s === status).map(([id]) => dataset.actorById.get(id)?.name[lang] ?? id);
    return names.length ? t.altText.statusGroup(t.statuses[status], listNames(names, lang, t)) : '';
  });
  return t.altText.byStatus(groups.filter(Boolean).join(t.semicolon));
}

/** The partners with the most shown partnerships, when one stands out from a single tie. */
function mainPartners(dataset: Dataset, counts: ReadonlyMap<string, number>, lang: Lang, t: Messages): string {
  const most = Math.max(0, ...counts.values());
  if (most < 2) return '';
  const names = [...counts].filter(([, n]) => n === most).map(([id]) => dataset.actorById.get(id)?.name[lang] ?? id);
  return t.altText.main(listNames(names, lang, t), most, names.length > 1);
}

function intro(input: AltTextInput, partners: number, lang: Lang, t: Messages): string {
  const { view, dataset, partnerships } = input;
  const focus = dataset.focus.name[lang];
  if (view === 'map') return t.altText.map(focus, partners);
  if (view === 'network') {
    const shown = new Set(partnerships.flatMap((p) => p.actors));
    const people = dataset.actors.filter((a) => a.kind === 'person' && (!a.memberOf || shown.has(a.memberOf))).length;
    return t.altText.network(focus, partners, people);
  }
  if (view === 'sectors') {
    const perSector = dataset.sectors
      .map((s) => ({ name: s.name[lang], n: partnerships.filter((p) => p.sector === s.id).length }))
      .filter((s) => s.n > 0)
      .map((s) => t.altText.sectorCount(s.name.toLocaleLowerCase(lang), s.n));
    return t.altText.sectors(listNames(perSector, lang, t));
  }
  if (view === 'timeline') {
    const dates = dataset.events.flatMap((e) => (e.date ? [e.date] : [])).sort();
    const first = dates[0];
    const last = dates.at(-1);
    return first && last
      ? t.altText.timeline(dates.length, formatDate(first, lang), formatDate(last, lang))
      : t.altText.timeline(0, '', '');
  }
  return t.altText.table(partnerships.length);
}

/** What the selection stands for, and what it says: an actor's partnerships by sector and status. */
function selectionSentence(input: AltTextInput, lang: Lang, t: Messages): string {
  const { dataset, partnerships, selection, view } = input;
  if (!selection) return '';
  const name = describePick(dataset, selection, lang, t);
  if (!name) return '';
  let detail = '';
  if (selection.kind === 'actor' && selection.id !== dataset.focus.id) {
    const described = describeActor(dataset, selection.id, partnerships, lang, t);
    detail = described.startsWith(`${name} – `) ? described.slice(name.length + 3) : '';
  } else if (selection.kind === 'relation' || selection.kind === 'partnership') {
    const picked = toReach(dataset, selection).partnerships;
    detail = describePartnerships(
      dataset,
      partnerships.filter((p) => picked.has(p.id)),
      lang,
      t,
    );
  }
  return t.altText.selection(name, detail, FADING.has(view));
}

/**
 * A one-paragraph description of a chart for its alt text, built from the data and the state on
 * screen: what the view draws, which filters narrowed it, each partner under its most advanced
 * status, the main partner, the selection, and the source. The same words in every export and
 * embed of the same state, in the language of `t`.
 */
export function toAltText(input: AltTextInput, lang: Lang, t: Messages): string {
  return toAltTextSentences(input, lang, t).join(' ');
}

/** The alt text's sentences, in order: the dataset's title, what the view draws, what it shows, and so on. */
export function toAltTextSentences(input: AltTextInput, lang: Lang, t: Messages): string[] {
  const { view, dataset, partnerships, filters } = input;
  const scene = toMapScene(dataset, partnerships);
  const counts = partnerCounts(dataset, partnerships);
  const scope = `${describeScope(dataset, filters, partnerships.length, lang, t)}.`;
  const source = toSourceLine(dataset, t);
  const dataFrom = input.dataHost ? `${toDataFromLine(input.dataHost, t)}.` : '';
  if (partnerships.length === 0 && view !== 'timeline') {
    return [`${dataset.json.title[lang]}.`, t.altText.nothingShown, scope, source ? `${source}.` : '', dataFrom].filter(Boolean);
  }
  const sentences = [
    `${dataset.json.title[lang]}.`,
    intro(input, counts.size, lang, t),
    // The timeline draws the dataset's events, which the partnership filters leave as they are.
    view === 'timeline' ? '' : scope,
    view === 'timeline' ? '' : byStatus(dataset, scene.statusByActor, lang, t),
    view === 'timeline' ? '' : mainPartners(dataset, counts, lang, t),
    selectionSentence(input, lang, t),
    source ? `${source}.` : '',
    dataFrom,
  ];
  return sentences.filter(Boolean);
}
