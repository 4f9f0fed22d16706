import type { Dataset } from '../../data/indexDataset';
import type { NetworkEdge, NetworkGraph } from '../../derive/toNetworkGraph';
import type { Messages } from '../../i18n/messages';
import { toEdgePick } from './networkPicks';
import { describeNetworkEdge, describeNetworkNodeFacts, toNetworkCounts } from './networkText';
import type { EntityRef } from '../../model/entityRef';
import type { Lang } from '../../model/lang';

export interface NetworkListEntry {
  pick: EntityRef;
  name: string;
  facts: string;
  ties: { id: string; pick: EntityRef; otherName: string; pair: string; ties: string }[];
}

/**
 * The network list's rows, in the graph's order: each actor with its facts and its ties, each
 * tie described once for both its ends. The picks are made here, once per graph, so the list's
 * buttons keep the same props while the selection changes.
 */
export function toNetworkListEntries(dataset: Dataset, graph: NetworkGraph, lang: Lang, t: Messages): NetworkListEntry[] {
  const counts = toNetworkCounts(graph);
  const people = new Set(graph.nodes.filter((n) => n.kind === 'person').map((n) => n.id));
  const nameOf = (id: string) => dataset.actorById.get(id)?.name[lang] ?? id;
  const edgesOf = new Map<string, NetworkEdge[]>();
  for (const e of graph.edges) {
    for (const id of [e.source, e.target]) {
      const list = edgesOf.get(id);
      if (list) list.push(e);
      else edgesOf.set(id, [e]);
    }
  }
  const described = new Map(
    graph.edges.map((e) => [e.id, { pick: toEdgePick(e, people), text: describeNetworkEdge(dataset, e, lang, t) }]),
  );
  return graph.nodes.map((node) => ({
    pick: { kind: 'actor', id: node.id },
    name: nameOf(node.id),
    facts: describeNetworkNodeFacts(dataset, node, counts.get(node.id) ?? { relations: 0, partnerships: 0 }, lang, t),
    ties: (edgesOf.get(node.id) ?? []).map((edge) => {
      const { pick, text } = described.get(edge.id)!;
      return {
        id: edge.id,
        pick,
        otherName: nameOf(edge.source === node.id ? edge.target : edge.source),
        pair: text.pair,
        ties: text.ties,
      };
    }),
  }));
}
