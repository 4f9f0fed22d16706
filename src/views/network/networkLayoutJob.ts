import { layOutNetworkInSteps, runToEnd, type NetworkLayout, type NetworkLayoutInput } from '../../derive/computeNetworkLayout';
import { placeNetworkLabels, type NetworkLabel } from './placeNetworkLabels';
import { LANGS, type Lang } from '../../model/lang';

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
export function runNetworkLayoutJob(job: NetworkLayoutJob): NetworkLayoutAnswer {
  return runToEnd(networkLayoutJobInSteps(job));
}

/** The same work, pausing after each tick of the layout and after each language's names (see `layOutNetworkInSteps`). */
export function* networkLayoutJobInSteps({ input, names }: NetworkLayoutJob): Generator<void, NetworkLayoutAnswer> {
  const layout = yield* layOutNetworkInSteps(input);
  const positions = new Map(layout.nodes.map((n) => [n.id, n]));
  const byLang: Partial<Record<Lang, NetworkLabel[]>> = {};
  for (const lang of LANGS) {
    const nodes = input.nodes.map((n, i) => ({ id: n.id, isFocus: n.isFocus, text: names[lang][i] ?? n.id }));
    byLang[lang] = placeNetworkLabels(nodes, input.edges, positions, layout.width, layout.height);
    yield;
  }
  return { layout, labels: { edges: input.edges.length, byLang: byLang as Record<Lang, NetworkLabel[]> } };
}
