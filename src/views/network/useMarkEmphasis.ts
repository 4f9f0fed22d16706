import type { Dataset } from '../../data/indexDataset';
import { toNetworkEmphasis, toNodeEmphasis, type NetworkEmphasis, type NodeEmphasis } from '../../derive/networkEmphasis';
import type { NetworkGraph } from '../../derive/toNetworkGraph';
import { useAppStore, type AppState, type Pick } from '../../state/store';

export type EdgeEmphasis = 'picked' | 'faded' | 'none';

/**
 * The emphasis of one pick in one graph, remembered per graph for the last dataset and pick it
 * was asked for. Every node, edge and label asks on each change of the store; they share this one
 * computation, so a pointer move costs one `toNetworkEmphasis` and a set lookup per mark.
 */
function rememberedEmphasis(): (dataset: Dataset, graph: NetworkGraph, pick: Pick | null) => NetworkEmphasis | null {
  const last = new WeakMap<NetworkGraph, { dataset: Dataset; pick: Pick; emphasis: NetworkEmphasis | null }>();
  return (dataset, graph, pick) => {
    if (!pick) return null;
    const known = last.get(graph);
    if (known?.dataset === dataset && known.pick === pick) return known.emphasis;
    const emphasis = toNetworkEmphasis(dataset, graph, pick);
    last.set(graph, { dataset, pick, emphasis });
    return emphasis;
  };
}
const hoverEmphasisOf = rememberedEmphasis();
const selectionEmphasisOf = rememberedEmphasis();

/** What the diagram brings forward: what the pointer or focus rests on, else the selection. */
export function selectNetworkEmphasis(state: AppState, dataset: Dataset, graph: NetworkGraph): NetworkEmphasis | null {
  return hoverEmphasisOf(dataset, graph, state.hover) ?? selectionEmphasisOf(dataset, graph, state.selection);
}

/**
 * A node's (or its label's) emphasis. The answer is a string, so the mark re-renders only when its
 * own emphasis changes, not the whole diagram on every pointer move.
 */
export function useNodeEmphasis(dataset: Dataset, graph: NetworkGraph, id: string): NodeEmphasis {
  return useAppStore((s) => toNodeEmphasis(selectNetworkEmphasis(s, dataset, graph), id));
}

/** An edge's emphasis, narrow like `useNodeEmphasis`. */
export function useEdgeEmphasis(dataset: Dataset, graph: NetworkGraph, id: string): EdgeEmphasis {
  return useAppStore((s) => {
    const emphasis = selectNetworkEmphasis(s, dataset, graph);
    if (!emphasis) return 'none';
    return emphasis.edges.has(id) ? 'picked' : 'faded';
  });
}

/**
 * A node's emphasis, and whether the node is the selection itself (then a pressed toggle button),
 * in one subscription: one string, such as "picked" or "faded selected".
 */
export function useNodeState(dataset: Dataset, graph: NetworkGraph, id: string): { emphasis: NodeEmphasis; selected: boolean } {
  const state = useAppStore((s) => {
    const emphasis = toNodeEmphasis(selectNetworkEmphasis(s, dataset, graph), id);
    return s.selection?.kind === 'actor' && s.selection.id === id ? `${emphasis} selected` : emphasis;
  });
  const [emphasis, selected] = state.split(' ');
  return { emphasis: emphasis as NodeEmphasis, selected: selected !== undefined };
}
