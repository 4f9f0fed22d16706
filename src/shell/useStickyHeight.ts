import { useLayoutEffect, useRef } from 'react';

/**
 * Keeps `--toolbar-height` on the document at the height of the bar that stays at the top of the
 * window, so that what scrolls under it (a view a link brings forward, a focused control, the
 * details panel) is placed below it and not hidden. The bar wraps to two lines on a narrow screen.
 */
export function useStickyHeight<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(function followBarHeight() {
    const bar = ref.current;
    if (!bar) return;
    const root = document.documentElement;
    const write = () => root.style.setProperty('--toolbar-height', `${Math.ceil(bar.getBoundingClientRect().height)}px`);
    write();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(write);
    observer.observe(bar);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--toolbar-height');
    };
  }, []);
  return ref;
}
