import type { Dataset } from '../../data/indexDataset';
import type { NetworkGraph } from '../../derive/toNetworkGraph';
import { toNetworkLayoutInput } from '../../derive/toNetworkLayoutInput';
import type { NetworkLayoutJob } from './networkLayoutJob';
import { toNetworkHeight } from './networkSize';
import { capLabel } from '../../text/capLabel';
import { LANGS, type Lang } from '../../model/lang';

/** The layout job of a graph at a width: the layout's input, and every node's name in each language as drawn (cut), in the graph's order. */
export function toNetworkLayoutJob(dataset: Dataset, graph: NetworkGraph, width: number): NetworkLayoutJob {
  const names = Object.fromEntries(
    LANGS.map((lang) => [lang, graph.nodes.map((n) => capLabel(dataset.actorById.get(n.id)?.name[lang] ?? n.id))]),
  ) as Record<Lang, string[]>;
  return { input: toNetworkLayoutInput(dataset, graph, width, toNetworkHeight(width)), names };
}
