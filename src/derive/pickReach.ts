import type { Dataset, Partnership } from '../data/indexDataset';
import type { NetworkGraph } from './toNetworkGraph';
import { relationActors, type EntityRef } from '../model/entityRef';

/** What a pick brings forward in every view but the network: its actors and its partnerships. */
export interface Reach {
  actors: ReadonlySet<string>;
  partnerships: ReadonlySet<string>;
}

export const NO_REACH: Reach = { actors: new Set(), partnerships: new Set() };

/**
 * The actors and partnerships a pick stands for: an actor with its partners and partnerships;
 * a partnership with its two actors; a relation with its pair and all their partnerships; an
 * event with its actors.
 */
export function toReach(dataset: Dataset, pick: EntityRef | null): Reach {
  if (!pick) return NO_REACH;
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

/** Whether a pick brings anything forward, in which case what it leaves out fades. */
export const bringsForward = (reach: Reach): boolean => reach.actors.size > 0 || reach.partnerships.size > 0;

/**
 * What a pick from any view stands for in the network's graph: `picked` nodes (an actor, a pair,
 * an event's actors), their `neighbours` (every actor a picked actor is tied to: partners, its
 * country or its people, people met at an event) and the `edges` between them.
 */
export interface NetworkReach {
  pick: EntityRef;
  picked: ReadonlySet<string>;
  neighbours: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * A pick's reach in the graph: an actor with every actor it is tied to and those edges; a relation
 * or a partnership with its pair and their edge; an event with its actors and the edges among
 * them. Null when nothing is picked, or when the pick is not in the graph (filtered out).
 */
export function toNetworkReach(dataset: Dataset, graph: NetworkGraph, pick: EntityRef | null): NetworkReach | null {
  if (!pick) return null;
  const drawn = new Set(graph.nodes.map((n) => n.id));
  const picked = new Set<string>();
  const neighbours = new Set<string>();
  const edges = new Set<string>();
  if (pick.kind === 'actor') {
    if (!drawn.has(pick.id)) return null;
    picked.add(pick.id);
    for (const e of graph.edges) {
      if (e.source !== pick.id && e.target !== pick.id) continue;
      edges.add(e.id);
      neighbours.add(e.source === pick.id ? e.target : e.source);
    }
  } else if (pick.kind === 'relation' || pick.kind === 'partnership') {
    const pair = pick.kind === 'relation' ? relationActors(pick.id) : dataset.partnershipById.get(pick.id)?.actors;
    const edge =
      pair && graph.edges.find((e) => (e.source === pair[0] && e.target === pair[1]) || (e.source === pair[1] && e.target === pair[0]));
    if (!edge) return null;
    edges.add(edge.id);
    picked.add(edge.source).add(edge.target);
  } else {
    const actors = dataset.events.find((e) => e.id === pick.id)?.actors.filter((id) => drawn.has(id)) ?? [];
    if (actors.length === 0) return null;
    for (const id of actors) picked.add(id);
    for (const e of graph.edges) if (picked.has(e.source) && picked.has(e.target)) edges.add(e.id);
  }
  return { pick, picked, neighbours, edges };
}

/*
 * Every mark of every view asks for the reach of the same pick on each change of the picks: each
 * reach is computed once per pick and dataset (or graph) and then shared. A pick is kept by
 * reference, as the store holds it, so the answers go with the picks they were computed for.
 */
const reaches = new WeakMap<Dataset, WeakMap<EntityRef, Reach>>();
const networkReaches = new WeakMap<NetworkGraph, WeakMap<EntityRef, NetworkReach | null>>();

function remembered<K extends object, V>(cache: WeakMap<K, WeakMap<EntityRef, V>>, key: K, pick: EntityRef, compute: () => V): V {
  let byPick = cache.get(key);
  if (!byPick) {
    byPick = new WeakMap();
    cache.set(key, byPick);
  }
  if (byPick.has(pick)) return byPick.get(pick)!;
  const value = compute();
  byPick.set(pick, value);
  return value;
}

/** `toReach`, computed once per dataset and pick and shared by every mark that asks. */
export function reachOf(dataset: Dataset, pick: EntityRef | null): Reach {
  return pick ? remembered(reaches, dataset, pick, () => toReach(dataset, pick)) : NO_REACH;
}

/** `toNetworkReach`, computed once per graph and pick and shared by every mark that asks. */
export function networkReachOf(dataset: Dataset, graph: NetworkGraph, pick: EntityRef | null): NetworkReach | null {
  return pick ? remembered(networkReaches, graph, pick, () => toNetworkReach(dataset, graph, pick)) : null;
}

/** What the network brings forward: what the pointer or the focus rests on when it is drawn, else the selection. */
export function shownNetworkReach(
  dataset: Dataset,
  graph: NetworkGraph,
  selected: EntityRef | null,
  pointed: EntityRef | null,
): NetworkReach | null {
  return networkReachOf(dataset, graph, pointed) ?? networkReachOf(dataset, graph, selected);
}
