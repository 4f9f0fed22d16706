import { useLayoutEffect, type RefObject } from 'react';

/** Below this scale a view's text gets too small to read from the back of a room: it scrolls instead. */
export const SMALLEST_FIT = 0.75;

/**
 * The scale that brings content of a given height into a box, never above 1 (a view is never
 * blown up) and not below the smallest readable one; `current` is the scale already applied, so
 * that a view measured while scaled is not scaled twice.
 */
export function toFitScale(current: number, contentHeight: number, roomHeight: number): number {
  if (contentHeight <= roomHeight + 1 || contentHeight <= 0) return current;
  return Math.max(SMALLEST_FIT, Math.min(1, (current * roomHeight) / contentHeight));
}

/**
 * Scales the step's view down, when it is taller than its card, until it shows whole. Most views
 * fit by their own layout (the map and the network take the room there is, presentation.css);
 * this is for charts of a set geometry, such as the sector matrix, whose rows and upright sector
 * names need more height than a 4:3 projector leaves. It only ever shrinks, once per step: a view
 * given more width by the scale may lay itself out shorter (the matrix's names then stand level),
 * and growing back would undo that and start over.
 */
export function useFitToBox(box: RefObject<HTMLElement | null>, key: string): void {
  useLayoutEffect(
    function fitViewToBox() {
      const el = box.current;
      if (!el || typeof ResizeObserver === 'undefined') return;
      return keepFitting(el);
    },
    [box, key],
  );
}

/** Watches the box and its content, and scales the content down whenever it outgrows the box. */
function keepFitting(el: HTMLElement): () => void {
  let scale = 1;
  const fit = () => {
    const content = el.firstElementChild as HTMLElement | null;
    if (!content) return;
    const style = getComputedStyle(el);
    const room = el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    // The content's box as drawn, scale included.
    const next = toFitScale(scale, content.getBoundingClientRect().height, room);
    if (next === scale) return;
    scale = next;
    content.style.zoom = String(scale);
  };
  const observer = new ResizeObserver(fit);
  observer.observe(el);
  const watchContent = new MutationObserver(() => {
    const content = el.firstElementChild;
    if (content) observer.observe(content);
  });
  watchContent.observe(el, { childList: true });
  if (el.firstElementChild) observer.observe(el.firstElementChild);
  fit();
  return () => {
    observer.disconnect();
    watchContent.disconnect();
  };
}
