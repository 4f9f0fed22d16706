import { computeNetworkLayout, type NetworkLayout, type NetworkLayoutInput } from '../../derive/computeNetworkLayout';
import { LANGS, type Lang } from '../../i18n/lang';
import { placeNetworkLabels, type NetworkLabel } from './placeNetworkLabels';

/** What the layout worker is given: the layout's input, and every node's name in each language (in the nodes' order). */
export interface NetworkLayoutJob {
  input: NetworkLayoutInput;
  names: Record<Lang, string[]>;
}

/** The names of the whole graph at the layout's places, in each language; `edges` says how many edges the graph has. */
export interface InitialLabels {
  edges: number;
  byLang: Record<Lang, NetworkLabel[]>;
}

export interface NetworkLayoutAnswer {
  layout: NetworkLayout;
  labels: InitialLabels;
}

/**
 * Lays out the whole graph and places its names, in every language, so that the first picture
 * arrives ready to draw and the page places names again only after a filter or a drag.
 */
export function runNetworkLayoutJob({ input, names }: NetworkLayoutJob): NetworkLayoutAnswer {
  const layout = computeNetworkLayout(input);
  const positions = new Map(layout.nodes.map((n) => [n.id, n]));
  const byLang = Object.fromEntries(
    LANGS.map((lang) => {
      const nodes = input.nodes.map((n, i) => ({ id: n.id, isFocus: n.isFocus, text: names[lang][i] ?? n.id }));
      return [lang, placeNetworkLabels(nodes, input.edges, positions, layout.width, layout.height)];
    }),
  ) as Record<Lang, NetworkLabel[]>;
  return { layout, labels: { edges: input.edges.length, byLang } };
}
