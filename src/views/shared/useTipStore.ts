import { useState } from 'react';
import { createStore, type StoreApi } from 'zustand';

/** What a view's tooltip shows, in a small store of the view's own. */
export type TipStore<T> = StoreApi<{ tip: T | null }>;

/**
 * A small store of the view's own for its tooltip, made once per view. The tooltip is the only
 * part that reads it, so showing or moving the tooltip re-renders the tooltip alone, not the
 * view's marks.
 */
export function useTipStore<T>(): TipStore<T> {
  const [store] = useState<TipStore<T>>(() => createStore<{ tip: T | null }>(() => ({ tip: null })));
  return store;
}
