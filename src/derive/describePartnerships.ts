import type { Dataset, Partnership } from '../data/indexDataset';
import type { Lang } from '../i18n/lang';
import type { Messages } from '../i18n/fr';

/**
 * Plain words for a set of partnerships, sectors grouped by status and trend, in dataset order:
 * "security: active, strengthening; energy, transport, agriculture, education: exploring".
 */
export function describePartnerships(dataset: Dataset, partnerships: readonly Partnership[], lang: Lang, t: Messages): string {
  const groups = new Map<string, string[]>();
  for (const p of partnerships) {
    const state = [t.statuses[p.status], p.trend ? t.trends[p.trend] : null].filter(Boolean).join(', ');
    const sector = dataset.sectorById.get(p.sector)?.name[lang] ?? p.sector;
    const sectors = groups.get(state) ?? [];
    sectors.push(sector.toLocaleLowerCase(lang));
    groups.set(state, sectors);
  }
  return [...groups].map(([state, sectors]) => `${sectors.join(', ')}${t.colon}${state}`).join(t.semicolon);
}

/** "Russia – security: active, strengthening; energy, ...: exploring" for an actor's partnerships with the focus or anyone. */
export function describeActor(dataset: Dataset, actorId: string, partnerships: readonly Partnership[], lang: Lang, t: Messages): string {
  const actor = dataset.actorById.get(actorId);
  const name = actor?.name[lang] ?? actorId;
  const own = partnerships.filter((p) => p.actors.includes(actorId));
  return own.length > 0 ? `${name} – ${describePartnerships(dataset, own, lang, t)}` : name;
}
