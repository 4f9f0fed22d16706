import type { Dataset, Partnership } from '../data/indexDataset';
import { relationActors, type EntityRef } from '../model/entityRef';

/** What a pick brings forward in every view: its actors and its partnerships. */
export interface Highlight {
  actors: ReadonlySet<string>;
  partnerships: ReadonlySet<string>;
}

export const NO_HIGHLIGHT: Highlight = { actors: new Set(), partnerships: new Set() };

/**
 * The actors and partnerships a pick stands for: an actor with its partners and partnerships;
 * a partnership with its two actors; a relation with its pair and all their partnerships; an
 * event with its actors.
 */
export function toHighlight(dataset: Dataset, pick: EntityRef | null): Highlight {
  if (!pick) return NO_HIGHLIGHT;
  const partnerships: Partnership[] = [];
  const actors = new Set<string>();
  if (pick.kind === 'actor') {
    actors.add(pick.id);
    for (const p of dataset.partnershipsByActor.get(pick.id) ?? []) partnerships.push(p);
  } else if (pick.kind === 'partnership') {
    const p = dataset.partnershipById.get(pick.id);
    if (p) partnerships.push(p);
  } else if (pick.kind === 'relation') {
    const [a, b] = relationActors(pick.id);
    for (const p of dataset.partnershipsByActor.get(a) ?? []) if (p.actors.includes(b)) partnerships.push(p);
  } else {
    const event = dataset.events.find((e) => e.id === pick.id);
    for (const id of event?.actors ?? []) actors.add(id);
  }
  for (const p of partnerships) for (const id of p.actors) actors.add(id);
  return { actors, partnerships: new Set(partnerships.map((p) => p.id)) };
}
