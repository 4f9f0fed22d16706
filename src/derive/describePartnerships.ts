import type { Dataset, Partnership } from '../data/indexDataset';
import type { Messages } from '../i18n/fr';
import { memoizeLast } from './memoizeLast';
import { capLabel } from '../text/capLabel';
import type { Lang } from '../model/lang';

/**
 * The sector names in lower case, once per dataset and language: the views describe every node,
 * link and place at each filter, and a locale-aware lower case is slow when asked thousands of times.
 * A sentence names them as labels do, cut past `LABEL_MAX`: the sector's own label keeps its full name.
 */
const lowerSectorNames = memoizeLast(
  (dataset: Dataset, lang: Lang): ReadonlyMap<string, string> =>
    new Map(dataset.sectors.map((s) => [s.id, capLabel(s.name[lang]).toLocaleLowerCase(lang)])),
);

/**
 * Which partnerships each actor takes part in, for one list of partnerships. The views describe
 * every actor in turn with the same list, so grouping it once replaces a walk of the whole list
 * per actor.
 */
const partnershipsByActor = memoizeLast((partnerships: readonly Partnership[]): ReadonlyMap<string, Partnership[]> => {
  const byActor = new Map<string, Partnership[]>();
  for (const p of partnerships) {
    for (const id of new Set(p.actors)) {
      const own = byActor.get(id);
      if (own) own.push(p);
      else byActor.set(id, [p]);
    }
  }
  return byActor;
});

/**
 * Plain words for a set of partnerships, sectors grouped by status and trend, in dataset order:
 * "security: active, strengthening; energy, transport, agriculture, education: exploring".
 * `limit` caps how many sectors are named, the rest counted at the end ("… and 12 more sectors"),
 * for a tooltip that must fit its view whatever the size of the dataset.
 */
export function describePartnerships(
  dataset: Dataset,
  partnerships: readonly Partnership[],
  lang: Lang,
  t: Messages,
  limit = Infinity,
): string {
  const lower = lowerSectorNames(dataset, lang);
  const groups = new Map<string, string[]>();
  let named = 0;
  for (const p of partnerships) {
    if (named >= limit) continue;
    named += 1;
    const said = p.trend ? `${t.statuses[p.status]}, ${t.trends[p.trend]}` : t.statuses[p.status];
    // A conflict is said wherever the partnership is, never settled silently by its status alone.
    const state = p.disagreement
      ? `${said}, ${t.disagreement.inWords(p.disagreement.sides.map((side) => t.statuses[side.status]).join(' / '))}`
      : said;
    const sector = lower.get(p.sector) ?? p.sector.toLocaleLowerCase(lang);
    const sectors = groups.get(state);
    if (sectors) sectors.push(sector);
    else groups.set(state, [sector]);
  }
  const said = [...groups].map(([state, sectors]) => `${sectors.join(', ')}${t.colon}${state}`);
  if (partnerships.length > named) said.push(t.moreSectors(partnerships.length - named));
  return said.join(t.semicolon);
}

/** "Russia – security: active, strengthening; energy, ...: exploring" for an actor's partnerships with the focus or anyone. */
export function describeActor(
  dataset: Dataset,
  actorId: string,
  partnerships: readonly Partnership[],
  lang: Lang,
  t: Messages,
  limit = Infinity,
): string {
  const actor = dataset.actorById.get(actorId);
  const name = capLabel(actor?.name[lang] ?? actorId);
  const own = partnershipsByActor(partnerships).get(actorId) ?? [];
  return own.length > 0 ? `${name} – ${describePartnerships(dataset, own, lang, t, limit)}` : name;
}
