import type { Dataset } from '../data/indexDataset';
import type { NetworkGraph } from './toNetworkGraph';
import type { EntityRef } from '../model/entityRef';
import { relationActors } from '../model/entityRef';

/** What a pick brings forward in the network: `picked` nodes and edges, their `neighbour` nodes; the rest fades. */
export interface NetworkEmphasis {
  picked: ReadonlySet<string>;
  neighbours: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export type NodeEmphasis = 'picked' | 'neighbour' | 'faded' | 'none';

/**
 * What a pick from any view stands for in the graph: an actor with every actor it is tied to
 * (partners, its country or its people, people met at an event) and those edges; a relation or a
 * partnership with its pair and their edge; an event with its actors and the edges among them.
 * Null when nothing is picked, or when the pick is not in the graph (filtered out).
 */
export function toNetworkEmphasis(dataset: Dataset, graph: NetworkGraph, pick: EntityRef | null): NetworkEmphasis | null {
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
    const edge = pair && graph.edges.find((e) => (e.source === pair[0] && e.target === pair[1]) || (e.source === pair[1] && e.target === pair[0]));
    if (!edge) return null;
    edges.add(edge.id);
    picked.add(edge.source).add(edge.target);
  } else {
    const actors = dataset.events.find((e) => e.id === pick.id)?.actors.filter((id) => drawn.has(id)) ?? [];
    if (actors.length === 0) return null;
    for (const id of actors) picked.add(id);
    for (const e of graph.edges) if (picked.has(e.source) && picked.has(e.target)) edges.add(e.id);
  }
  return { picked, neighbours, edges };
}

export function toNodeEmphasis(emphasis: NetworkEmphasis | null, id: string): NodeEmphasis {
  if (!emphasis) return 'none';
  if (emphasis.picked.has(id)) return 'picked';
  return emphasis.neighbours.has(id) ? 'neighbour' : 'faded';
}
