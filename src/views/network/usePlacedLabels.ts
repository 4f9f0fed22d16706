import { useMemo } from 'react';
import type { Dataset } from '../../data/indexDataset';
import type { NetworkLayout, PlacedNode } from '../../derive/computeNetworkLayout';
import { computeNetworkLabels, type PlacedLabel } from '../../derive/computeNetworkLabels';
import type { NetworkGraph } from '../../derive/toNetworkGraph';
import { toNetworkLabelWidth } from '../../derive/toNetworkLayoutInput';
import type { Lang } from '../../i18n/lang';

export interface NetworkLabel {
  id: string;
  text: string;
  place: PlacedLabel;
  isFocus: boolean;
}

/**
 * The names of the drawn nodes in the current language, each placed where it overlaps no node
 * and no other name. Placed again when a node is dragged, filtered or renamed by a language
 * switch; the nodes themselves do not move.
 */
export function usePlacedLabels(
  dataset: Dataset,
  graph: NetworkGraph,
  positions: ReadonlyMap<string, PlacedNode>,
  layout: NetworkLayout,
  lang: Lang,
): NetworkLabel[] {
  return useMemo(() => {
    const requests = graph.nodes.flatMap((n) => {
      const p = positions.get(n.id);
      if (!p) return [];
      const text = dataset.actorById.get(n.id)?.name[lang] ?? n.id;
      return [{ id: n.id, text, isFocus: n.isFocus, x: p.x, y: p.y, radius: p.radius, width: toNetworkLabelWidth(text, n), priority: n.isFocus ? Infinity : p.radius }];
    });
    const segments = graph.edges.flatMap((e) => {
      const a = positions.get(e.source);
      const b = positions.get(e.target);
      return a && b ? [[a.x, a.y, b.x, b.y] as [number, number, number, number]] : [];
    });
    const placed = computeNetworkLabels(requests, segments, layout.width, layout.height);
    return requests.flatMap((r) => {
      const place = placed.get(r.id);
      return place ? [{ id: r.id, text: r.text, isFocus: r.isFocus, place }] : [];
    });
  }, [dataset, graph, positions, layout, lang]);
}
