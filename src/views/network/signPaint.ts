import type { SignPaint } from './batchedVector';

/** The theme's ink and paper where an element stands, as the signs drawn as elements take them (network.css). */
export function signPaintOf(element: Element): SignPaint {
  const style = getComputedStyle(element);
  return {
    ink: style.getPropertyValue('--ink').trim() || '#1a1a1a',
    paper: style.getPropertyValue('--paper').trim() || '#ffffff',
  };
}
