import type { Dataset } from '../data/indexDataset';
import type { Messages } from '../i18n/fr';
import type { EntityRef } from '../model/entityRef';
import { relationActors } from '../model/entityRef';
import type { Lang } from '../model/lang';

/**
 * What a pick is called in words, as a reader would name it: an actor's name, a pair of actors,
 * a pair and its sector, or an event's title. Null when the dataset does not hold it (a link
 * written for another dataset). `mark` is given each name as it goes into the words (an export
 * cuts and isolates it).
 */
export function describePick(
  dataset: Dataset,
  pick: EntityRef,
  lang: Lang,
  t: Messages,
  mark: (text: string) => string = (text) => text,
): string | null {
  const found = (id: string) => dataset.actorById.get(id)?.name[lang];
  const name = (id: string) => {
    const text = found(id);
    return text === undefined ? undefined : mark(text);
  };
  if (pick.kind === 'actor') return name(pick.id) ?? null;
  if (pick.kind === 'relation') {
    const [a, b] = relationActors(pick.id).map(name);
    return a && b ? t.picked.pair(a, b) : null;
  }
  if (pick.kind === 'partnership') {
    const partnership = dataset.partnershipById.get(pick.id);
    if (!partnership) return null;
    const [a, b] = partnership.actors.map(name);
    const sector = mark(dataset.sectorById.get(partnership.sector)?.name[lang] ?? partnership.sector);
    return a && b ? t.picked.partnership(a, b, sector) : null;
  }
  const title = dataset.events.find((e) => e.id === pick.id)?.title[lang];
  return title === undefined ? null : mark(title);
}
