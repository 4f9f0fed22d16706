import { useEffect, useState, type RefObject } from 'react';

/**
 * The width of an element, kept current as it resizes. Where there is no layout (jsdom) or no
 * ResizeObserver, it answers `fallback`, so charts still draw at a sensible size.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(
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
    [ref, fallback],
  );
  return width;
}
