import { createContext, useContext } from 'react';
import { create } from 'zustand';
import { nextTask } from '../data/nextTask';
import { useAppStore } from './store';
import type { Filters } from '../model/filters';

/**
 * The dashboard's view a component draws for, or null outside the dashboard's views (the filter
 * bar, a dialog, an embed, a presentation, a test of one view), which follow the filters at once.
 */
export const FilterStageContext = createContext<string | null>(null);

/** The filters each of the dashboard's views draws now, by view, in the order the views came. */
const useShown = create<{ shown: ReadonlyMap<string, Filters> }>()(() => ({ shown: new Map() }));

/**
 * The filters the view draws with. On the dashboard a change of filters reaches the views one at
 * a time, each in a task of its own, in reading order (`followFilters`): at 5,000 partnerships
 * every view's update in one task blocked the page for about 400 ms after each click or keystroke
 * in the search; this way the filter bar answers at once, the page paints between views, and a
 * second click is not kept waiting. A view always moves to the latest filters, never to one
 * passed over.
 */
export function useViewFilters(): Filters {
  const view = useContext(FilterStageContext);
  const own = useAppStore((s) => (view === null ? s.filters : null));
  const staged = useShown((s) => (view === null ? null : (s.shown.get(view) ?? null)));
  return own ?? staged ?? useAppStore.getState().filters;
}

/** Adds a view to those that follow the filters in turn; returns its removal. */
export function joinFilterStages(view: string): () => void {
  followFilters();
  useShown.setState((s) => ({ shown: new Map(s.shown).set(view, useAppStore.getState().filters) }));
  return () =>
    useShown.setState((s) => {
      const shown = new Map(s.shown);
      shown.delete(view);
      return { shown };
    });
}

let following = false;
let advancing = false;
let pause: () => Promise<void> = nextTask;

/** What the views wait for between them: a task of their own (`nextTask`), unless a test steps through them. */
export function setPauseBetweenViews(next: () => Promise<void>): void {
  pause = next;
}

/** Starts, once per page, moving the views to the filters whenever they change. */
function followFilters(): void {
  if (following) return;
  following = true;
  useAppStore.subscribe((state, previous) => {
    // Another dataset brings its own filters, which the old ones would not fit: every view takes them at once.
    if (state.dataset !== previous.dataset)
      useShown.setState((s) => ({ shown: new Map([...s.shown.keys()].map((v) => [v, state.filters])) }));
    else if (state.filters !== previous.filters) void advance();
  });
}

async function advance(): Promise<void> {
  if (advancing) return;
  advancing = true;
  try {
    for (;;) {
      await pause();
      const latest = useAppStore.getState().filters;
      const behind = [...useShown.getState().shown].find(([, filters]) => filters !== latest)?.[0];
      if (behind === undefined) return;
      useShown.setState((s) => ({ shown: new Map(s.shown).set(behind, latest) }));
    }
  } finally {
    advancing = false;
  }
}
