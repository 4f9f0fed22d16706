import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Dataset } from '../../data/indexDataset';
import { toNetworkEmphasis, type NetworkEmphasis } from '../../derive/networkEmphasis';
import type { NetworkGraph } from '../../derive/toNetworkGraph';
import { memoizeLast } from '../../derive/memoizeLast';
import { shareHover } from '../../state/sharedHover';
import { useAppStore, type AppState } from '../../state/store';
import type { EntityRef } from '../../model/entityRef';

/**
 * A mark's own emphasis: brought forward (`picked`, `neighbour`) or not (`none`), which it says in
 * `data-emphasis`. Every mark fades with its layer while `data-emphasis-active` is on the group of
 * all marks, and the overlay draws those brought forward again, so a hover re-renders the few marks
 * it brings forward and the overlay, not the hundreds it fades.
 */
export type MarkEmphasis = 'picked' | 'neighbour' | 'none';
export type EdgeEmphasis = 'picked' | 'none';

/** The diagram's emphasis for its current graph, in a small store of its own. */
export type EmphasisStore = StoreApi<{ emphasis: NetworkEmphasis | null }>;

// One answer per hover and per selection: the graph is the diagram's, which changes only with
// the filters, so the last answer is the one asked for again.
const hoverEmphasisOf = memoizeLast(toNetworkEmphasis);
const selectionEmphasisOf = memoizeLast(toNetworkEmphasis);

/** What the diagram brings forward: what the pointer or focus rests on, else the selection. */
export function selectNetworkEmphasis(hover: EntityRef | null, selection: EntityRef | null, dataset: Dataset, graph: NetworkGraph): NetworkEmphasis | null {
  return (hover && hoverEmphasisOf(dataset, graph, hover)) ?? (selection && selectionEmphasisOf(dataset, graph, selection)) ?? null;
}

/**
 * The emphasis of the shown graph, kept up to date with the hover, the selection and the graph,
 * and `point`, by which the diagram shows what the pointer rests on in its own marks at once and
 * hands it to the other views a task later (`shareHover`). The diagram owns the store but does
 * not read it, so a pointer move does not re-render the diagram; each mark reads its own answer
 * from it. It is updated in a layout effect, so a new graph never reaches the screen with the
 * emphasis of the old one.
 */
export function useEmphasisStore(dataset: Dataset, graph: NetworkGraph): { store: EmphasisStore; point(pick: EntityRef | null): void } {
  // The diagram's own pick while the other views have not been handed it yet.
  const own = useRef<{ pick: EntityRef | null } | null>(null);
  const [store] = useState(() => {
    const { hover, selection } = useAppStore.getState();
    return createStore(() => ({ emphasis: selectNetworkEmphasis(hover, selection, dataset, graph) }));
  });
  const update = useRef((state: AppState) => void state);
  useLayoutEffect(() => {
    update.current = (state: AppState) => {
      const emphasis = selectNetworkEmphasis(own.current ? own.current.pick : state.hover, state.selection, dataset, graph);
      if (emphasis !== store.getState().emphasis) store.setState({ emphasis });
    };
  });
  useLayoutEffect(
    function followHoverAndSelection() {
      update.current(useAppStore.getState());
      return useAppStore.subscribe((state) => update.current(state));
    },
    [store, dataset, graph],
  );
  const point = useCallback((pick: EntityRef | null) => {
    const mine = { pick };
    own.current = mine;
    update.current(useAppStore.getState());
    shareHover(pick, () => {
      if (own.current !== mine) return;
      own.current = null;
      // Another view's later pick may be the one the store got: the diagram follows it now.
      update.current(useAppStore.getState());
    });
  }, []);
  return useMemo(() => ({ store, point }), [store, point]);
}

/** Whether anything is brought forward, so that every other mark fades. */
export function useEmphasisActive(store: EmphasisStore): boolean {
  return useStore(store, (s) => s.emphasis !== null);
}

/** A node's (or its label's) emphasis: a string, so the mark re-renders only when it changes. */
export function useNodeEmphasis(store: EmphasisStore, id: string): MarkEmphasis {
  return useStore(store, (s) => (s.emphasis?.picked.has(id) ? 'picked' : s.emphasis?.neighbours.has(id) ? 'neighbour' : 'none'));
}

/** An edge's emphasis, narrow like `useNodeEmphasis`. */
export function useEdgeEmphasis(store: EmphasisStore, id: string): EdgeEmphasis {
  return useStore(store, (s) => (s.emphasis?.edges.has(id) ? 'picked' : 'none'));
}

/** A node's emphasis, and whether the node is the selection itself (then a pressed toggle button). */
export function useNodeState(store: EmphasisStore, id: string): { emphasis: MarkEmphasis; selected: boolean } {
  const emphasis = useNodeEmphasis(store, id);
  const selected = useAppStore((s) => s.selection?.kind === 'actor' && s.selection.id === id);
  return { emphasis, selected };
}
