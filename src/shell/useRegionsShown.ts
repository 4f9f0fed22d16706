import { useCallback, useEffect, useState } from 'react';
import { preloadRegion, type Region } from '../views/viewComponents';

/** The view every visit sees first: at the top of the page on a wide screen and on a phone alike. */
export const FIRST_REGION: Region = 'map';

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
 * forward) renders as soon as the dataset is in; the others once it has drawn: its code and what it
 * draws from have loaded (see `preloadRegion`), it has been committed, and the browser has gone
 * idle. Their code, layouts and rendering then neither compete with it for the network nor block
 * the page while it draws. A person who scrolls or prints does not wait for that.
 * `active` is false where there is no dashboard (an embed, a presentation).
 */
export function useRegionsShown(active: boolean, broughtForward: Region | null): RegionsShown {
  const [all, setAll] = useState(false);
  const [done, setDone] = useState<readonly Region[]>([]);
  const firstsKey = broughtForward && broughtForward !== FIRST_REGION ? `${FIRST_REGION} ${broughtForward}` : FIRST_REGION;
  const firstsCommitted = firstsKey.split(' ').every((region) => done.includes(region as Region));

  useEffect(
    function showEveryViewWhenReadingOnOrPrinting() {
      if (!active || all) return;
      const showAll = () => setAll(true);
      const events = ['scroll', 'beforeprint'] as const;
      for (const name of events) window.addEventListener(name, showAll, { once: true, passive: true });
      return () => {
        for (const name of events) window.removeEventListener(name, showAll);
      };
    },
    [active, all],
  );

  useEffect(
    function showTheRestOnceTheFirstViewHasDrawn() {
      if (!active || all || !firstsCommitted) return;
      let current = true;
      let cancelIdle = () => {};
      // Resolved by now in all but the slowest cases: waiting on them only makes sure.
      void Promise.allSettled(firstsKey.split(' ').map((region) => preloadRegion(region as Region))).then(() => {
        // Idle time comes rarely on a busy machine, so the wait for it is bounded.
        if (current) cancelIdle = whenIdle(() => setAll(true), 1500);
      });
      return () => {
        current = false;
        cancelIdle();
      };
    },
    [active, all, firstsCommitted, firstsKey],
  );

  const shown = useCallback((region: Region) => all || region === FIRST_REGION || region === broughtForward, [all, broughtForward]);
  const committed = useCallback((region: Region) => setDone((was) => (was.includes(region) ? was : [...was, region])), []);
  return { shown, committed, allShown: all };
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
