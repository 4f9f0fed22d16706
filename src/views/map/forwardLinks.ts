import type { Dataset } from '../../data/indexDataset';
import type { MapLink } from '../../derive/toMapScene';
import { emphasisOf, isForward } from '../../derive/emphasis';
import { reachOf } from '../../derive/pickReach';
import type { EntityRef } from '../../model/entityRef';

/** Each link by the partnerships it draws, built once per set of links. */
export function linksByPartnership(links: readonly MapLink[]): ReadonlyMap<string, MapLink> {
  const found = new Map<string, MapLink>();
  for (const link of links) for (const id of link.partnershipIds) found.set(id, link);
  return found;
}

/**
 * The links any of some picks (the selection, what the pointer rests on) brings forward, as
 * `emphasisOf` says of each, in the links' order. A pick that brings partnerships forward can
 * only bring forward the links that draw one of them (or the relation it names), so those are the
 * only ones asked: a few dozen, where asking each of the thousands of ties among other actors
 * took every hover as long as their number. A pick of actors alone (an event) asks every link.
 */
export function forwardLinks(
  dataset: Dataset,
  links: readonly MapLink[],
  byPartnership: ReadonlyMap<string, MapLink>,
  picks: readonly (EntityRef | null)[],
): MapLink[] {
  const shown = picks.filter((pick): pick is EntityRef => pick !== null);
  if (shown.length === 0) return [];
  let asked: Set<MapLink> | null = new Set();
  for (const pick of shown) {
    const reach = reachOf(dataset, pick);
    if (reach.partnerships.size === 0) {
      asked = null;
      break;
    }
    for (const id of reach.partnerships) {
      const link = byPartnership.get(id);
      if (link) asked.add(link);
    }
    if (pick.kind === 'relation') for (const link of links) if (link.id === pick.id) asked.add(link);
  }
  return links.filter(
    (l) =>
      (asked === null || asked.has(l)) &&
      shown.some((pick) =>
        isForward(emphasisOf(dataset, pick, { kind: 'pair', from: l.from, to: l.to, partnershipIds: l.partnershipIds })),
      ),
  );
}
