import { createStore, useStore } from 'zustand';
import { shareHover } from '../../state/sharedHover';
import { useAppStore, type AppState } from '../../state/store';
import type { EntityRef } from '../../model/entityRef';

/** The selection and the hover as the map draws them. */
export interface MapPicks {
  selection: AppState['selection'];
  hover: AppState['hover'];
}

// The map's own pick while the other views have not been handed it yet.
let own: { pick: EntityRef | null } | null = null;

const picksOf = (state: MapPicks): MapPicks => ({ selection: state.selection, hover: own ? own.pick : state.hover });

/**
 * The app's selection and hover, except that what the pointer rests on in the map shows here at
 * once while the other views are handed it a task later (`pointOnMap`, `shareHover`): the map's
 * marks follow this store, so a hover on the map is drawn in the frame of the pointer's move.
 */
export const mapPicks = createStore<MapPicks>(() => picksOf(useAppStore.getState()));

function follow(state: MapPicks) {
  const next = picksOf(state);
  const was = mapPicks.getState();
  if (next.selection !== was.selection || next.hover !== was.hover) mapPicks.setState(next, true);
}
useAppStore.subscribe(follow);

/** Shows what the pointer (or the focus) rests on in the map at once, and in the other views a task later. */
export function pointOnMap(pick: EntityRef | null): void {
  const mine = { pick };
  own = mine;
  follow(useAppStore.getState());
  shareHover(pick, () => {
    if (own !== mine) return;
    own = null;
    // Another view's later pick may be the one the store got: the map follows it now.
    follow(useAppStore.getState());
  });
}

/** A narrow answer from the map's picks, re-rendering only when it changes. */
export function useMapPicks<T>(selector: (picks: MapPicks) => T): T {
  return useStore(mapPicks, selector);
}
