/** The width before the first measurement, and where there is no layout to measure (jsdom). */
export const FALLBACK_WIDTH = 640;

/** A diagram a little taller than wide on phones, flatter on wide screens. */
export function toNetworkHeight(width: number): number {
  return Math.round(Math.min(600, Math.max(360, width * 0.8)));
}
