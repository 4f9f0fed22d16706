import { useCallback } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { Dataset } from '../../data/indexDataset';
import type { NetworkGraph } from '../../derive/toNetworkGraph';
import { isForward, type Emphasis } from '../../derive/emphasis';
import { shownNetworkReach, type NetworkReach } from '../../derive/pickReach';
import type { EntityRef } from '../../model/entityRef';
import { useIsSelected, useViewReading } from '../../state/interaction';

/** What the diagram brings forward for the graph it shows, in a small store of its own (`useViewReading`). */
export type ReachStore = StoreApi<{ reading: NetworkReach | null }>;

/**
 * The reach of what the pointer or the focus rests on in the shown graph, else of the selection.
 * The diagram owns the store but does not read it, so a pointer move does not re-render the
 * diagram; each mark reads its own answer from it.
 */
export function useNetworkReach(dataset: Dataset, graph: NetworkGraph): ReachStore {
  const read = useCallback(
    (selected: EntityRef | null, pointed: EntityRef | null) => shownNetworkReach(dataset, graph, selected, pointed),
    [dataset, graph],
  );
  return useViewReading('network', read);
}

/**
 * A mark says its emphasis in `data-emphasis`, by the names the stylesheet and the tests know:
 * `picked` (what is picked, or an edge brought forward), `neighbour`, or `none`, written onto the
 * marks without a render (`useMarkEmphasis`). Every mark fades with its layer while
 * `data-emphasis-active` is on the group of all marks, and the overlay draws those brought
 * forward again, so a pick re-renders the overlay alone, not the hundreds of marks it fades.
 */
export const nodeMarkName = (emphasis: Emphasis): string =>
  emphasis === 'focus' ? 'picked' : emphasis === 'related' ? 'neighbour' : 'none';
export const edgeMarkName = (emphasis: Emphasis): string => (isForward(emphasis) ? 'picked' : 'none');

/** Whether anything is brought forward, so that every other mark fades. */
export function useReachActive(store: ReachStore): boolean {
  return useStore(store, (s) => s.reading !== null);
}

/** Whether a node is the selection itself (then a pressed toggle button): the one pick a node renders. */
export function useNodeSelected(id: string): boolean {
  return useIsSelected({ kind: 'actor', id });
}
