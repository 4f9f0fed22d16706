import { useState } from 'react';
import { createStore, type StoreApi } from 'zustand';
import type { Pointed } from './toNetworkTooltip';

/** What the pointer or the focus rests on in this diagram, for its tooltip. */
export type PointedStore = StoreApi<{ pointed: Pointed }>;

/**
 * A small store of the diagram's own, made once per diagram. The tooltip is the only part that
 * reads it, so showing or moving the tooltip re-renders the tooltip alone, not every mark.
 */
export function usePointedStore(): PointedStore {
  const [store] = useState(() => createStore<{ pointed: Pointed }>(() => ({ pointed: null })));
  return store;
}
