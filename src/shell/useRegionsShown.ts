import { startTransition, useCallback, useEffect, useState } from 'react';
import { useAppStore } from '../state/store';
import { preloadRegion, type Region } from '../views/viewComponents';

/** The view every visit sees first: at the top of the page on a wide screen and on a phone alike. */
export const FIRST_REGION: Region = 'map';

/** The regions in reading order: the charts of who, the timeline between them, the views of what. */
export const REGION_ORDER: readonly Region[] = ['map', 'network', 'timeline', 'sectors', 'source', 'table'];

/** How long a region may take to commit before the next one renders anyway (a view that failed). */
const NEXT_REGION_AT_THE_LATEST = 2000;

export interface RegionsShown {
  /** Whether a region renders its view now (otherwise it shows that it is loading). */
  shown: (region: Region) => boolean;
  /** Called by a region once its view has been committed to the page. */
  committed: (region: Region) => void;
  /** Whether every region renders its view. */
  allShown: boolean;
}

/**
 * Which regions of the dashboard render now. The first view (the map, and the view a link brings
 * forward) renders as soon as the dataset is in, in a transition just after the page around it
 * (the header with the dataset's title and source, the filters), which is painted first; the others once it has drawn: its code and what it
 * draws from have loaded (see `preloadRegion`), it has been committed, and the browser has gone
 * idle. Their code, layouts and rendering then neither compete with it for the network nor block
 * the page while it draws. A person who scrolls or prints does not wait for that.
 *
 * The others then render one at a time, in reading order, each once the one before has been
 * committed and each in a transition: React renders a transition in slices of a few milliseconds
 * and commits each view on its own, so the page is never blocked by all of their first renders at
 * once, and it answers a click or a key between them.
 * `active` is false where there is no dashboard (an embed, a presentation).
 */
export function useRegionsShown(active: boolean, broughtForward: Region | null): RegionsShown {
  const [all, setAll] = useState(false);
  const [firstsIn, setFirstsIn] = useState(false);
  const [done, setDone] = useState<readonly Region[]>([]);
  const [revealed, setRevealed] = useState(0);
  const firsts = firstRegions(broughtForward);
  const firstsKey = firsts.join(' ');
  const rest = restOfRegions(broughtForward);
  const firstsCommitted = firsts.every((region) => done.includes(region));
  // The region whose commit lets the next one render: the firsts, then the last one revealed.
  const waitingOn = revealed === 0 ? null : rest[revealed - 1];
  const next = revealed < rest.length ? rest[revealed] : undefined;
  const everyRegionShown = all || next === undefined;

  useEffect(
    function showTheFirstViewOnceThePageAroundItIsIn() {
      if (!active || firstsIn) return;
      let current = true;
      // Its code and geometry are fetched now, after the header and the filters have been committed,
      // so that they do not hold back the first screen; the view renders once they are in.
      void Promise.allSettled(firstsKey.split(' ').map((region) => preloadRegion(region as Region))).then(() => {
        if (current) startTransition(() => setFirstsIn(true));
      });
      return () => {
        current = false;
      };
    },
    [active, firstsIn, firstsKey],
  );

  useEffect(
    function showEveryViewWhenReadingOnOrPrinting() {
      if (!active || everyRegionShown) return;
      const showAll = () => setAll(true);
      const events = ['scroll', 'beforeprint'] as const;
      for (const name of events) window.addEventListener(name, showAll, { once: true, passive: true });
      return () => {
        for (const name of events) window.removeEventListener(name, showAll);
      };
    },
    [active, everyRegionShown],
  );

  useEffect(
    function showTheRestOnceTheFirstViewHasDrawn() {
      if (!active || all || revealed > 0 || !firstsCommitted) return;
      // Idle time comes rarely on a busy machine, so the wait for it is bounded. Only then is the
      // other views' code fetched, side by side so that none of them waits for its own, and each in
      // a task of its own, as adding a view's preload links to the page takes a while: fetched
      // earlier, it would compete with the first view's drawing. The network's layout, the longest
      // work of any view, starts in its worker with its code (`preloadRegion`), before its turn to render.
      const cancelIdle = whenIdle(() => {
        for (const region of restOfRegions(broughtForward))
          window.setTimeout(() => void preloadRegion(region, useAppStore.getState().dataset).catch(() => undefined), 0);
        startTransition(() => setRevealed(1));
      }, 1500);
      return cancelIdle;
    },
    [active, all, revealed, firstsCommitted, broughtForward],
  );

  const waitingOnCommitted = waitingOn !== undefined && waitingOn !== null && done.includes(waitingOn);
  useEffect(
    function showTheNextViewOnceTheLastOneIsIn() {
      if (!active || all || !waitingOn || next === undefined) return;
      // A task of its own, so that the browser paints the view just committed before the next renders.
      const reveal = () => startTransition(() => setRevealed((was) => Math.max(was, revealed + 1)));
      const id = window.setTimeout(reveal, waitingOnCommitted ? 0 : NEXT_REGION_AT_THE_LATEST);
      return () => window.clearTimeout(id);
    },
    [active, all, waitingOn, waitingOnCommitted, next, revealed],
  );

  const shown = useCallback(
    (region: Region) => {
      if (all) return true;
      if (firstRegions(broughtForward).includes(region)) return firstsIn;
      return restOfRegions(broughtForward).indexOf(region) < revealed;
    },
    [all, firstsIn, broughtForward, revealed],
  );
  const committed = useCallback((region: Region) => setDone((was) => (was.includes(region) ? was : [...was, region])), []);
  return { shown, committed, allShown: everyRegionShown };
}

function firstRegions(broughtForward: Region | null): readonly Region[] {
  return broughtForward && broughtForward !== FIRST_REGION ? [FIRST_REGION, broughtForward] : [FIRST_REGION];
}

function restOfRegions(broughtForward: Region | null): readonly Region[] {
  const firsts = firstRegions(broughtForward);
  return REGION_ORDER.filter((region) => !firsts.includes(region));
}

/** Runs `work` when the browser has nothing more urgent to do (or after `timeout` ms); returns a cancel. */
export function whenIdle(work: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(work, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(work, Math.min(timeout, 100));
  return () => window.clearTimeout(id);
}
