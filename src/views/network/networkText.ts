import type { Dataset } from '../../data/indexDataset';
import { describePartnerships } from '../../derive/describePartnerships';
import type { NetworkEdge, NetworkGraph, NetworkNode } from '../../derive/toNetworkGraph';
import type { Messages } from '../../i18n/messages';
import { namedOr } from '../../i18n/named';
import { capLabel, TITLE_MAX } from '../../text/capLabel';
import type { Lang } from '../../model/lang';

/** Names in a sentence are cut as labels are (`named` does the same). */
const nameOf = (dataset: Dataset, id: string, lang: Lang) => capLabel(dataset.actorById.get(id)?.name[lang] ?? id);

/** How many edges and shown partnerships each actor has. */
export function toNetworkCounts(graph: NetworkGraph): Map<string, { relations: number; partnerships: number }> {
  const counts = new Map(graph.nodes.map((n) => [n.id, { relations: 0, partnerships: 0 }]));
  for (const e of graph.edges) {
    for (const id of [e.source, e.target]) {
      const c = counts.get(id);
      if (!c) continue;
      c.relations += 1;
      c.partnerships += e.partnershipIds.length;
    }
  }
  return counts;
}

/** "pays, 2 relations, 5 partenariats": what a node is and how tied it is, after its name. */
export function describeNetworkNodeFacts(
  dataset: Dataset,
  node: NetworkNode,
  counts: { relations: number; partnerships: number },
  lang: Lang,
  t: Messages,
): string {
  const parts: string[] = [t.kinds[node.kind]];
  if (node.isFocus) parts.push(t.network.focus);
  if (node.memberOf) parts.push(t.network.memberOf(namedOr(dataset.actorById.get(node.memberOf), node.memberOf, lang)));
  parts.push(t.network.relations(counts.relations));
  if (counts.partnerships > 0) parts.push(t.network.partnerships(counts.partnerships));
  return parts.join(', ');
}

/** An edge's pair of names and what ties them: sectors with their statuses, a membership, shared events. */
export function describeNetworkEdge(dataset: Dataset, edge: NetworkEdge, lang: Lang, t: Messages): { pair: string; ties: string } {
  const ties: string[] = [];
  const partnerships = edge.partnershipIds.flatMap((id) => dataset.partnershipById.get(id) ?? []);
  if (partnerships.length > 0) ties.push(describePartnerships(dataset, partnerships, lang, t));
  const person = [edge.source, edge.target]
    .map((id) => dataset.actorById.get(id))
    .find((a) => a?.memberOf && [edge.source, edge.target].includes(a.memberOf));
  if (person?.memberOf)
    ties.push(person.role?.[lang] ?? t.network.memberOf(namedOr(dataset.actorById.get(person.memberOf), person.memberOf, lang)));
  if (edge.eventIds.length > 0) {
    const titles = edge.eventIds.map((id) => capLabel(dataset.events.find((e) => e.id === id)?.title[lang] ?? id, TITLE_MAX));
    ties.push(t.network.together(titles.join(' ; ')));
  }
  // The focus reads first ("Mali – Russie"), as it does everywhere else in the dashboard.
  const [a, b] = edge.target === dataset.focus.id ? [edge.target, edge.source] : [edge.source, edge.target];
  return { pair: t.network.pair(nameOf(dataset, a, lang), nameOf(dataset, b, lang)), ties: ties.join(' · ') };
}
