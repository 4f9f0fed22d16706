import { useEffect, useState, type RefObject } from 'react';

/** The element's content width, kept up to date as it resizes (fallback where ResizeObserver is missing). */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(
    function trackWidth() {
      const el = ref.current;
      if (!el) return;
      const measure = () => setWidth(el.clientWidth || fallback);
      measure();
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(measure);
      observer.observe(el);
      return () => observer.disconnect();
    },
    [ref, fallback],
  );
  return width;
}
