/**
 * How large an exported picture may be. A browser draws a PNG on a canvas, and canvases have
 * limits: Chromium's stop at 16,384 pixels a side, and Safari on a phone at about 16.7 million
 * pixels in all; past them the drawing fails, or takes minutes. A chart on screen never comes
 * near them, but a dataset with runaway names or thousands of rows could: the export then says
 * so at once, instead of hanging.
 */
export const MAX_SIDE = 16_384;
export const MAX_PIXELS = 16_777_216;

/** The PNG's scale: 2 for print, less if that would pass the limits; null when even 1 would. */
export function pngScale(width: number, height: number, wanted = 2): number | null {
  const fit = Math.min(wanted, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height)));
  return fit >= 1 ? fit : null;
}

/** Whether an SVG of this size is one a person could open: within the PNG's limits at its own size. */
export function svgFits(width: number, height: number): boolean {
  return pngScale(width, height, 1) !== null;
}
