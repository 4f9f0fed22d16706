import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The width of an element, measured before the first paint and kept current as it resizes; null
 * until that first measure. A view draws its marks once the width is known, so it draws them
 * once, at their real width, instead of first at a guess and then all over again at the measure
 * (a few thousand matrix cells at 5,000 partnerships). Where there is no layout (jsdom, a width
 * of 0) it answers `fallback`, so charts still draw at a sensible size. `shown` says whether
 * the element is rendered at all, for a view that shows it only at times.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number, shown = true): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(
    function followElementWidth() {
      const el = ref.current;
      if (!el) return;
      const read = () => setWidth(el.clientWidth > 0 ? el.clientWidth : fallback);
      read();
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(read);
      observer.observe(el);
      return () => observer.disconnect();
    },
    [ref, fallback, shown],
  );
  return width;
}
