import type { Dataset, Partnership } from '../../data/indexDataset';
import type { Messages } from '../../i18n/fr';
import { describeActor, describePartnerships } from '../../derive/describePartnerships';
import type { MapScene } from '../../derive/toMapScene';
import { capLabel } from '../../text/capLabel';
import type { EntityRef } from '../../model/entityRef';
import { relationActors } from '../../model/entityRef';
import type { Lang } from '../../model/lang';

/**
 * The plain-words sentence for what a person points at or focuses on the map: a partner or a link
 * reads as "Russia – security: active, strengthening; ...", the focus as a count of its partners.
 * `limit` caps the sectors named, for the tooltip (`TIP_SECTORS`).
 */
export function describeMapTarget(
  dataset: Dataset,
  scene: MapScene,
  partnerships: readonly Partnership[],
  pick: EntityRef,
  lang: Lang,
  t: Messages,
  limit = Infinity,
): string {
  const focusId = dataset.focus.id;
  if (pick.kind === 'actor' && pick.id === focusId) {
    const partners = scene.places.filter((p) => !p.isFocus).length;
    return t.map.focusTip(capLabel(dataset.focus.name[lang]), partners);
  }
  if (pick.kind === 'relation') {
    const [a, b] = relationActors(pick.id);
    const own = partnerships.filter((p) => p.actors.includes(a) && p.actors.includes(b));
    if (a === focusId || b === focusId) return describeActor(dataset, a === focusId ? b : a, own, lang, t, limit);
    const names = [a, b].map((id) => capLabel(dataset.actorById.get(id)?.name[lang] ?? id)).join(' – ');
    return `${names}: ${describePartnerships(dataset, own, lang, t, limit)}`;
  }
  return describeActor(dataset, pick.id, partnerships, lang, t, limit);
}

/**
 * How many sectors a map tooltip names before counting the rest: a partner with a dozen sectors
 * would otherwise fill more than the map's height and be cut off; the place's description for
 * screen readers, and the table, keep the whole list.
 */
export const TIP_SECTORS = 8;
