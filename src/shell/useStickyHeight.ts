import { useLayoutEffect, useRef } from 'react';

/**
 * Keeps `--toolbar-height` on the document at the height of the bar while it stays at the top of
 * the window (0 where it scrolls with the page), so that what scrolls under it (a view a link
 * brings forward, a focused control, the details panel) is placed below it and not hidden.
 */
export function useStickyHeight<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(function followBarHeight() {
    const bar = ref.current;
    if (!bar) return;
    const root = document.documentElement;
    const write = () => {
      const height = getComputedStyle(bar).position === 'sticky' ? Math.ceil(bar.getBoundingClientRect().height) : 0;
      root.style.setProperty('--toolbar-height', `${height}px`);
    };
    write();
    window.addEventListener('resize', write);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(write);
    observer?.observe(bar);
    return () => {
      window.removeEventListener('resize', write);
      observer?.disconnect();
      root.style.removeProperty('--toolbar-height');
    };
  }, []);
  return ref;
}
