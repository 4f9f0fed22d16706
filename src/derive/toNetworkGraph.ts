import type { Dataset, Partnership } from '../data/indexDataset';
import { type Status, strongestStatus } from '../model/statuses';
import type { ActorKind } from '../model/actorKinds';
import type { Filters } from '../model/filters';
import { pairIdOf, relationId } from '../model/entityRef';

/** An actor as the network draws it. */
export interface NetworkNode {
  id: string;
  kind: ActorKind;
  isFocus: boolean;
  /** Partnerships the actor takes part in across the whole dataset: what its size shows. */
  partnershipCount: number;
  /** The country or organization a person belongs to. */
  memberOf: string | null;
}

/**
 * What ties a pair of actors: `partnership` when they cooperate in at least one sector,
 * `membership` when one is a person belonging to the other, `event` when two people took part in
 * the same event. A pair has one edge whatever ties it; the strongest tie names its kind.
 */
export type NetworkEdgeKind = 'partnership' | 'membership' | 'event';

export interface NetworkEdge {
  /** `relationId(source, target)`, the id the shared selection uses for a pair. */
  id: string;
  kind: NetworkEdgeKind;
  source: string;
  target: string;
  /** The partnerships of the pair that pass the filters, in dataset order. */
  partnershipIds: string[];
  /** The strongest status of those partnerships; null for a membership or event edge. */
  status: Status | null;
  /** The events the pair took part in together, when they are what ties it. */
  eventIds: string[];
  /** Whether the focus is one of its ends: its ties are drawn forward, the others behind. */
  withFocus: boolean;
  /** Whether the sources of one of its partnerships disagree on the date in view. */
  disagrees: boolean;
}

export interface NetworkGraph {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

const KIND_RANK: Record<NetworkEdgeKind, number> = { partnership: 0, membership: 1, event: 2 };

/**
 * The graph of a dataset: nodes for actors, one edge per pair of actors. With no filter active,
 * every actor is a node. With a filter, the focus stays, other countries and organizations stay
 * when they take part in a partnership that passes, and people stay with the actor they belong
 * to unless the kind filter leaves people out. Membership and event edges are kept when both
 * their ends are drawn.
 */
export function toNetworkGraph(dataset: Dataset, partnerships: readonly Partnership[], filters?: Filters): NetworkGraph {
  const filtering = filters !== undefined && isFiltering(filters);
  const peopleAllowed = !filters || filters.kinds.length === 0 || filters.kinds.includes('person');
  const inPartnership = new Set(partnerships.flatMap((p) => p.actors));
  const drawn = new Set<string>();
  for (const actor of dataset.actors) {
    if (actor.kind === 'person') continue;
    if (!filtering || actor.id === dataset.focus.id || inPartnership.has(actor.id)) drawn.add(actor.id);
  }
  for (const actor of dataset.actors) {
    if (actor.kind !== 'person' || !peopleAllowed) continue;
    if (!filtering || (actor.memberOf !== undefined && drawn.has(actor.memberOf))) drawn.add(actor.id);
  }

  const nodes: NetworkNode[] = dataset.actors
    .filter((a) => drawn.has(a.id))
    .map((a) => ({
      id: a.id,
      kind: a.kind,
      isFocus: a.id === dataset.focus.id,
      partnershipCount: dataset.partnershipsByActor.get(a.id)?.length ?? 0,
      memberOf: a.memberOf ?? null,
    }));

  const edges = new Map<string, NetworkEdge>();
  const edgeOf = (a: string, b: string, kind: NetworkEdgeKind, id = relationId(a, b)): NetworkEdge => {
    const found = edges.get(id);
    if (found) {
      if (KIND_RANK[kind] < KIND_RANK[found.kind]) found.kind = kind;
      return found;
    }
    const [source, target] = a < b ? [a, b] : [b, a];
    const withFocus = source === dataset.focus.id || target === dataset.focus.id;
    const edge: NetworkEdge = { id, kind, source, target, partnershipIds: [], status: null, eventIds: [], withFocus, disagrees: false };
    edges.set(id, edge);
    return edge;
  };

  const statuses = new Map<string, Status[]>();
  for (const p of partnerships) {
    const [a, b] = p.actors;
    if (a === b || !drawn.has(a) || !drawn.has(b)) continue;
    const edge = edgeOf(a, b, 'partnership', pairIdOf(p.actors));
    edge.partnershipIds.push(p.id);
    if (p.disagreement) edge.disagrees = true;
    const known = statuses.get(edge.id);
    if (known) known.push(p.status);
    else statuses.set(edge.id, [p.status]);
  }
  for (const actor of dataset.actors) {
    if (actor.memberOf && drawn.has(actor.id) && drawn.has(actor.memberOf)) edgeOf(actor.id, actor.memberOf, 'membership');
  }
  // People have no partnerships of their own: an event they shared is what ties them across
  // countries. Events between countries are already told by those countries' partnerships.
  for (const event of dataset.events) {
    const people = event.actors.filter((id) => drawn.has(id) && dataset.actorById.get(id)?.kind === 'person');
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const edge = edgeOf(people[i]!, people[j]!, 'event');
        if (!edge.eventIds.includes(event.id)) edge.eventIds.push(event.id);
      }
    }
  }

  for (const edge of edges.values()) edge.status = strongestStatus(statuses.get(edge.id) ?? []);
  return { nodes, edges: [...edges.values()] };
}

export function isFiltering(filters: Filters): boolean {
  return filters.statuses.length > 0 || filters.sectors.length > 0 || filters.kinds.length > 0 || filters.search.trim() !== '';
}
