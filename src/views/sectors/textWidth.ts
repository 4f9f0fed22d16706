let context: CanvasRenderingContext2D | null | undefined;
let family: string | undefined;
let lastFont = '';
const widths = new Map<string, number>();

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
 *
 * The page's font is read once (asking the computed style brings the page's style up to date,
 * which costs most on a page that has just changed), and each label is measured once per font:
 * the views ask for the same labels at every render.
 */
export function textWidth(text: string, fontSize: number, weight = 400): number {
  const ctx = measuringContext();
  if (!ctx) return Math.ceil(text.length * fontSize * 0.62);
  family ??= getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
  const font = `${weight} ${fontSize}px ${family}`;
  const key = `${font}\u0000${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (lastFont !== font) {
      ctx.font = font;
      lastFont = font;
    }
    width = Math.ceil(ctx.measureText(text).width);
    widths.set(key, width);
  }
  return width;
}
