import type { Dataset } from '../data/indexDataset';
import { relationId, type EntityRef } from '../model/entityRef';
import { reachOf, type NetworkReach, type Reach } from './pickReach';

/**
 * How a pick (the selection, or what the pointer or the keyboard's focus rests on) shows one
 * mark, in the same words in every view:
 * - `focus`: the mark is what is picked (the picked actor's place or node, the picked
 *   partnership's row or cell, the picked event, the picked relation's link);
 * - `related`: the pick brings the mark forward (an actor's partners and partnerships, a
 *   relation's pair, an event's actors);
 * - `dimmed`: something is picked, and it leaves the mark out;
 * - `normal`: nothing is picked.
 */
export type Emphasis = 'focus' | 'related' | 'dimmed' | 'normal';

/** How the two picks every view shows, the selection and what the pointer rests on, show one mark. */
export interface EmphasisPair {
  selected: Emphasis;
  pointed: Emphasis;
}

export const NO_EMPHASIS: EmphasisPair = { selected: 'normal', pointed: 'normal' };

/** Whether a pick brings the mark forward, as itself or as something it is tied to. */
export const isForward = (emphasis: Emphasis): boolean => emphasis === 'focus' || emphasis === 'related';

/**
 * What a mark stands for: one actor, partnership, relation or event, or the partnerships of a
 * `pair` of actors drawn as one mark (a map link), or a `group` of partnerships drawn as one mark
 * (a bar segment).
 */
export type EmphasisTarget =
  | EntityRef
  | { kind: 'pair'; from: string; to: string; partnershipIds: readonly string[] }
  | { kind: 'group'; partnershipIds: readonly string[] };

function pairIn(reach: Reach, pair: { from: string; to: string; partnershipIds: readonly string[] }): boolean {
  if (reach.partnerships.size === 0) {
    // A pick with actors but no partnerships (an event) brings forward the pairs among its actors.
    return reach.actors.has(pair.from) && reach.actors.has(pair.to);
  }
  // Every partnership a reach holds has its actors in it too: a pair whose ends are not both
  // there cannot hold one of its partnerships, which spares most pairs the look-ups below.
  if (!reach.actors.has(pair.from) || !reach.actors.has(pair.to)) return false;
  return pair.partnershipIds.some((id) => reach.partnerships.has(id));
}

/**
 * How a pick, whose reach is given, shows a mark. A relation named alone (without its
 * partnerships) and an event are brought forward by themselves only. A group of partnerships is
 * dimmed only by a pick that brings partnerships forward elsewhere: a pick of actors alone (an
 * event) leaves the groups as they are.
 */
export function toEmphasis(pick: EntityRef | null, reach: Reach, target: EmphasisTarget): Emphasis {
  if (!pick) return 'normal';
  switch (target.kind) {
    case 'actor':
      return pick.kind === 'actor' && pick.id === target.id ? 'focus' : reach.actors.has(target.id) ? 'related' : 'dimmed';
    case 'partnership':
      return pick.kind === 'partnership' && pick.id === target.id ? 'focus' : reach.partnerships.has(target.id) ? 'related' : 'dimmed';
    case 'relation':
    case 'event':
      return pick.kind === target.kind && pick.id === target.id ? 'focus' : 'dimmed';
    case 'pair':
      if (pick.kind === 'relation' && pick.id === relationId(target.from, target.to)) return 'focus';
      return pairIn(reach, target) ? 'related' : 'dimmed';
    case 'group':
      if (target.partnershipIds.some((id) => reach.partnerships.has(id))) return 'related';
      return reach.partnerships.size > 0 ? 'dimmed' : 'normal';
  }
}

/** How a pick shows a mark, its reach computed once for every mark that asks (`reachOf`). */
export function emphasisOf(dataset: Dataset, pick: EntityRef | null, target: EmphasisTarget): Emphasis {
  return toEmphasis(pick, reachOf(dataset, pick), target);
}

/** How the network's reach shows a node: the picked nodes, their neighbours, and the rest. */
export function nodeEmphasis(reach: NetworkReach | null, id: string): Emphasis {
  if (!reach) return 'normal';
  if (reach.picked.has(id)) return 'focus';
  return reach.neighbours.has(id) ? 'related' : 'dimmed';
}

/** How the network's reach shows an edge: the picked relation's edge itself, or the edges among what it brings forward. */
export function edgeEmphasis(reach: NetworkReach | null, id: string): Emphasis {
  if (!reach) return 'normal';
  if (!reach.edges.has(id)) return 'dimmed';
  return reach.pick.kind === 'relation' || reach.pick.kind === 'partnership' ? 'focus' : 'related';
}

/**
 * A mark's emphasis where the view fades what a pick leaves out as a whole layer (the map, the
 * network) or not at all (the table, the timeline): `dimmed` is said by the layer, not the mark,
 * so a pick changes only the marks it brings forward.
 */
export const undimmed = (emphasis: Emphasis): Emphasis => (emphasis === 'dimmed' ? 'normal' : emphasis);
