import { useMemo } from 'react';
import type { Dataset } from '../../data/indexDataset';
import type { NetworkLayout, PlacedNode } from '../../derive/computeNetworkLayout';
import type { NetworkGraph } from '../../derive/toNetworkGraph';
import type { InitialLabels } from './networkLayoutJob';
import { placeNetworkLabels, type NetworkLabel } from './placeNetworkLabels';
import { capLabel } from '../../text/capLabel';
import type { Lang } from '../../model/lang';
import { DENSE_MARKS } from '../shared/density';

export type { NetworkLabel } from './placeNetworkLabels';

/**
 * The names of the drawn nodes in the current language, each placed where it overlaps no node
 * and no other name. The first picture's names come placed with the layout; they are placed
 * again when a node is dragged or a filter leaves out nodes or edges. The nodes themselves do not move.
 *
 * A filter that leaves a dense graph dense (`DENSE_MARKS`) keeps the first picture's names of the
 * nodes it shows, where they were: it only takes nodes and edges away, so none of them overlaps
 * anything, a reader finds each name where it was, and placing hundreds again took about 40 ms
 * of each filter at 50,000 partnerships. One that leaves a few ties places the names again, with
 * the room it has made.
 */
export function usePlacedLabels(
  dataset: Dataset,
  graph: NetworkGraph,
  positions: ReadonlyMap<string, PlacedNode>,
  layout: NetworkLayout,
  lang: Lang,
  labels: InitialLabels,
  dragged: boolean,
): NetworkLabel[] {
  // The shown graph is part of the whole one: with as many nodes and edges, it is the whole one.
  const whole = !dragged && graph.nodes.length === layout.nodes.length && graph.edges.length === labels.edges;
  const kept = !dragged && labels.edges > DENSE_MARKS && graph.edges.length > DENSE_MARKS;
  return useMemo(() => {
    if (whole) return labels.byLang[lang];
    if (kept) {
      const shown = new Set(graph.nodes.map((n) => n.id));
      return labels.byLang[lang].filter((l) => shown.has(l.id));
    }
    const nodes = graph.nodes.map((n) => ({
      id: n.id,
      isFocus: n.isFocus,
      text: capLabel(dataset.actorById.get(n.id)?.name[lang] ?? n.id),
    }));
    return placeNetworkLabels(nodes, graph.edges, positions, layout.width, layout.height);
  }, [whole, kept, labels, dataset, graph, positions, layout, lang]);
}
