import { useLayoutEffect, useState, type RefObject } from 'react';

/** The width before the first measurement, and where there is no layout to measure (jsdom). */
export const FALLBACK_WIDTH = 640;

/**
 * The width of an element in whole pixels, followed as it resizes; null until measured. It is
 * measured before the first paint, so the diagram is laid out once at the right size.
 */
export function useContainerWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(
    function followContainerWidth() {
      const element = ref.current;
      if (!element) return;
      const measure = () => setWidth(Math.floor(element.clientWidth) || FALLBACK_WIDTH);
      measure();
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(measure);
      observer.observe(element);
      return () => observer.disconnect();
    },
    [ref],
  );
  return width;
}

/** A diagram a little taller than wide on phones, flatter on wide screens. */
export function toNetworkHeight(width: number): number {
  return Math.round(Math.min(600, Math.max(360, width * 0.8)));
}
