let context: CanvasRenderingContext2D | null | undefined;

function measuringContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  // jsdom has no canvas and says so on the console; it gets the estimate instead.
  const canMeasure = typeof document !== 'undefined' && typeof navigator !== 'undefined' && !navigator.userAgent.includes('jsdom');
  context = canMeasure ? document.createElement('canvas').getContext('2d') : null;
  return context;
}

/**
 * A label's width in pixels in the page's own font, measured on a canvas (system fonts need no
 * download, so the measure is final at once). Without a canvas it falls back to a generous
 * estimate, which only costs a little white space.
 */
export function textWidth(text: string, fontSize: number, weight = 400): number {
  const ctx = measuringContext();
  if (!ctx) return Math.ceil(text.length * fontSize * 0.62);
  ctx.font = `${weight} ${fontSize}px ${getComputedStyle(document.documentElement).fontFamily || 'sans-serif'}`;
  return Math.ceil(ctx.measureText(text).width);
}
