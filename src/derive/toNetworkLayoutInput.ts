import type { Dataset } from '../data/indexDataset';
import type { NetworkLayoutInput } from './computeNetworkLayout';
import { estimateNetworkLabelWidth, FOCUS_LABEL_FONT_SIZE, LABEL_FONT_SIZE, toNetworkRadius } from './networkMetrics';
import type { NetworkGraph, NetworkNode } from './toNetworkGraph';
import { capLabel } from '../text/capLabel';
import { LANGS } from '../model/lang';

/**
 * The layout's input for a graph in a box. A label takes the width of its longest language, so
 * switching language moves no node, as the label draws it (cut past `LABEL_MAX`).
 */
export function toNetworkLayoutInput(dataset: Dataset, graph: NetworkGraph, width: number, height: number): NetworkLayoutInput {
  const maxCount = Math.max(0, ...graph.nodes.map((n) => n.partnershipCount));
  return {
    width,
    height,
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      // A diamond fills less of its circle than a disc does, so a person's circle is a little larger.
      radius: toNetworkRadius(n.partnershipCount, maxCount) * (n.kind === 'person' ? 1.2 : 1),
      labelWidth: Math.max(...LANGS.map((lang) => toNetworkLabelWidth(capLabel(dataset.actorById.get(n.id)?.name[lang] ?? n.id), n))),
      isFocus: n.isFocus,
      memberOf: n.memberOf,
    })),
    edges: graph.edges.map((e) => ({ source: e.source, target: e.target, kind: e.kind })),
  };
}

export function toNetworkLabelWidth(text: string, node: Pick<NetworkNode, 'isFocus'>): number {
  return node.isFocus ? estimateNetworkLabelWidth(text, FOCUS_LABEL_FONT_SIZE, true) : estimateNetworkLabelWidth(text, LABEL_FONT_SIZE);
}
