import { createContext, useContext, useLayoutEffect, useState } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../data/indexDataset';
import { emphasisOf, undimmed, type Emphasis, type EmphasisPair, type EmphasisTarget } from '../derive/emphasis';
import { reachOf, type Reach } from '../derive/pickReach';
import { memoizeLast } from '../derive/memoizeLast';
import { sameRef, type EntityRef } from '../model/entityRef';
import type { StoryView } from '../model/views';
import { useAppStore, type AppState } from './store';

/*
 * Hover and selection, written and read in one place. Every view writes through `point`, `select`
 * and `toggleSelection`, and reads through the hooks below, each a narrow answer about one mark,
 * so a pick re-renders only the marks whose own answer it changes.
 */

/** The chart view a pointer rests in, which shows what it points at before the others. */
export type PointerView = StoryView;

/**
 * Points at something, or at nothing. The view the pointer is in (`from`) shows it in its own
 * marks at once, in the frame of the pointer's move; every view is handed it a task later, and
 * moves in between are coalesced into the latest. At 5,000 partnerships every view's answer in
 * the same frame took that frame to about 22 ms, past the 16 ms of one frame (issue 10). A view
 * whose pick was overtaken by another's in the same task (the pointer leaving the network for the
 * map in one move) shows its own until then, and then the latest, like every view. Without
 * `from`, every view shows it at once.
 */
export function point(ref: EntityRef | null, from?: PointerView): void {
  const state = useAppStore.getState();
  const { hover, pointing } = state;
  // Nothing to tell when the view already shows it and it is what every view gets.
  if (sameRef(pointedIn(state, from), ref) && sameRef(pointing ? pointing.latest : hover, ref)) return;
  if (from === undefined) {
    useAppStore.setState({ hover: ref, pointing: null });
    return;
  }
  useAppStore.setState({ pointing: { latest: ref, byView: { ...pointing?.byView, [from]: ref } } });
  if (!pointing) setTimeout(handOver, 0);
}

/** Hands every view the latest pick pointed at, unless a new dataset or a pick for every view came first. */
function handOver(): void {
  const { hover, pointing } = useAppStore.getState();
  if (!pointing) return;
  useAppStore.setState({ hover: sameRef(hover, pointing.latest) ? hover : pointing.latest, pointing: null });
}

/** Selects something, or nothing: every view follows it, and the address keeps it. */
export function select(ref: EntityRef | null): void {
  useAppStore.getState().select(ref);
}

/** Selects something, or clears the selection when it is already selected, as a toggle button does. */
export function toggleSelection(ref: EntityRef): void {
  const { selection } = useAppStore.getState();
  select(sameRef(selection, ref) ? null : ref);
}

/** What the pointer or the focus rests on as `view` shows it: its own pick until every view has been handed it. */
export function pointedIn(state: Pick<AppState, 'hover' | 'pointing'>, view?: PointerView): EntityRef | null {
  const own = state.pointing?.byView;
  return view !== undefined && own !== undefined && view in own ? (own[view] ?? null) : state.hover;
}

/** The selection and what the pointer rests on, as one view shows them. */
export interface Picks {
  selected: EntityRef | null;
  pointed: EntityRef | null;
}

type PicksStore = StoreApi<{ reading: Picks }>;
type ReadableStore<T> = Pick<StoreApi<T>, 'getState' | 'getInitialState' | 'subscribe'>;

/**
 * The picks as the view around a mark shows them (`useViewPicks`), provided by each chart view
 * to its marks. A view's store changes only when its own picks do, so one view's pointing does
 * not run the other views' marks' selectors in the frame of the pointer's move.
 */
export const ViewPicksContext = createContext<PicksStore | null>(null);

// The same picks give back the same object, so a view's store is not set again with what it holds.
const toPicks = memoizeLast((selected: EntityRef | null, pointed: EntityRef | null): Picks => ({ selected, pointed }));

/** The store of the picks as `view` shows them, for the view to provide to its marks (`ViewPicksContext`). */
export function useViewPicks(view: PointerView): PicksStore {
  return useViewReading(view, toPicks);
}

/** A mark's narrow answer about the picks of its view (outside a view, every view's): it re-renders only when the answer changes. */
export function usePicks<T>(answer: (picks: Picks) => T): T {
  const store: ReadableStore<{ reading: Picks } | AppState> = useContext(ViewPicksContext) ?? useAppStore;
  return useStore(store, (s) => answer('reading' in s ? s.reading : { selected: s.selection, pointed: s.hover }));
}

/** Whether this very thing is selected: a toggle button's pressed state. */
export function useIsSelected(ref: EntityRef): boolean {
  return usePicks((picks) => sameRef(picks.selected, ref));
}

/** What the selection brings forward, for a view that follows it as a whole (the reader, the table's pinned rows). */
export function useSelectedReach(dataset: Dataset): Reach {
  return useAppStore((s) => reachOf(dataset, s.selection));
}

/**
 * How the selection and the pointer show one mark of a view. The pointer's emphasis is never
 * `dimmed`, nor the selection's unless the mark dims itself (`selectionDims`: the sector matrix
 * and bars): the other views fade what a pick leaves out as a whole layer, or not at all, so a
 * pick re-renders only the marks it brings forward.
 */
export function useEmphasis(dataset: Dataset, target: EmphasisTarget, selectionDims = false): EmphasisPair {
  return usePicks(
    useShallow(({ selected, pointed }: Picks) => {
      const bySelection = emphasisOf(dataset, selected, target);
      return { selected: selectionDims ? bySelection : undimmed(bySelection), pointed: undimmed(emphasisOf(dataset, pointed, target)) };
    }),
  );
}

/** How the selection alone shows one mark, for marks that do not follow the pointer; `dimmed` as `useEmphasis` says. */
export function useSelectedEmphasis(dataset: Dataset, target: EmphasisTarget, selectionDims = false): Emphasis {
  return usePicks(({ selected }) => {
    const bySelection = emphasisOf(dataset, selected, target);
    return selectionDims ? bySelection : undimmed(bySelection);
  });
}

/**
 * Calls `follow` with the selection and the pointer as `view` shows them, at once and then
 * whenever either changes; gives back the unsubscription. For effects that restyle the page
 * themselves, without a render (zustand's "transient updates"): the map's fade and countries.
 */
export function followPicks(view: PointerView, follow: (selected: EntityRef | null, pointed: EntityRef | null) => void): () => void {
  const now = useAppStore.getState();
  let selected = now.selection;
  let pointed = pointedIn(now, view);
  follow(selected, pointed);
  return useAppStore.subscribe((state) => {
    const next = pointedIn(state, view);
    if (state.selection === selected && next === pointed) return;
    selected = state.selection;
    pointed = next;
    follow(selected, pointed);
  });
}

/**
 * The picks as `view` reads them through what only it holds (the network, through the graph it
 * shows), kept in a small store of the view's own: the view subscribes once (`followPicks`), and
 * its marks read narrow answers from this store, so a pick re-renders the marks whose answer
 * changes and not the view. `read` is called again when it changes (a new graph), in a layout
 * effect, so a new graph never reaches the screen with the reading of the old one.
 */
export function useViewReading<T>(
  view: PointerView,
  read: (selected: EntityRef | null, pointed: EntityRef | null) => T,
): StoreApi<{ reading: T }> {
  const [store] = useState(() => {
    const now = useAppStore.getState();
    return createStore<{ reading: T }>(() => ({ reading: read(now.selection, pointedIn(now, view)) }));
  });
  useLayoutEffect(
    function followThePicks() {
      return followPicks(view, (selected, pointed) => {
        const reading = read(selected, pointed);
        if (reading !== store.getState().reading) store.setState({ reading });
      });
    },
    [store, view, read],
  );
  return store;
}
