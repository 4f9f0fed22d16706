import type { Dataset, Partnership } from '../data/indexDataset';
import type { Filters } from '../model/filters';
import { foldAccents } from '../text/fold';

/**
 * The partnerships that pass the filters, in dataset order. Every view and every export reads
 * this one list, so what is exported always matches what is on screen. The text search matches
 * either actor's name in either language, ignoring case and accents. With no filter on, it is the
 * dataset's own list, so that a view can tell at a glance that nothing is filtered out.
 */
export function filterPartnerships(dataset: Dataset, filters: Filters): readonly Partnership[] {
  const query = foldAccents(filters.search.trim());
  if (filters.statuses.length === 0 && filters.sectors.length === 0 && filters.kinds.length === 0 && !query) return dataset.partnerships;
  return dataset.partnerships.filter((p) => {
    if (filters.statuses.length > 0 && !filters.statuses.includes(p.status)) return false;
    if (filters.sectors.length > 0 && !filters.sectors.includes(p.sector)) return false;
    const actors = p.actors.map((id) => dataset.actorById.get(id));
    if (filters.kinds.length > 0) {
      // The focus takes part in every partnership, so the kind filter reads the other actor.
      const others = actors.filter((a) => a && a.id !== dataset.focus.id);
      if (!others.some((a) => a && filters.kinds.includes(a.kind))) return false;
    }
    if (query) {
      const names = actors.flatMap((a) => (a ? [a.name.fr, a.name.en, a.id] : []));
      if (!names.some((name) => foldAccents(name).includes(query))) return false;
    }
    return true;
  });
}
