import type { Actor, Dataset, Partnership } from '../data/indexDataset';
import { foldAccents } from '../text/fold';
import type { Filters } from '../model/filters';

/**
 * The actors the map cannot place because they have no location (in the shipped data, the
 * people), so they are listed beside the map instead of being dropped. An actor with
 * partnerships is listed when one of them passes the filters, like the actors on the map; an
 * actor with none (a person who only acts for a country) is listed when it passes the kind filter
 * and the text search.
 */
export function toMapUnplaced(dataset: Dataset, partnerships: readonly Partnership[], filters: Filters): Actor[] {
  const shown = new Set(partnerships.flatMap((p) => p.actors));
  const query = foldAccents(filters.search.trim());
  return dataset.actors.filter((actor) => {
    if (actor.location) return false;
    if ((dataset.partnershipsByActor.get(actor.id) ?? []).length > 0) return shown.has(actor.id);
    if (filters.kinds.length > 0 && !filters.kinds.includes(actor.kind)) return false;
    if (query && ![actor.name.fr, actor.name.en, actor.id].some((name) => foldAccents(name).includes(query))) return false;
    return true;
  });
}

/**
 * The unplaced actors listed before a "show all" button: the first `limit`, and the selected
 * actor after them when it comes later, so a selection made in another view is always in sight.
 * A list only a few longer than `limit` is listed whole: a button for three more would cost more
 * reading than the three.
 */
export function toListedUnplaced(actors: readonly Actor[], limit: number, selectedId: string | null): readonly Actor[] {
  if (actors.length <= limit + Math.ceil(limit / 4)) return actors;
  const listed = actors.slice(0, limit);
  const selected = selectedId === null ? undefined : actors.find((actor, i) => i >= limit && actor.id === selectedId);
  return selected ? [...listed, selected] : listed;
}
