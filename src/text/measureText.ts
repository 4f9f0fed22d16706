/**
 * How wide a text draws: the one place the app measures text. In a browser a canvas measures it
 * in the font it will be drawn in; where there is no canvas (Node, where the build draws the link
 * previews, and jsdom in the tests) an estimate from the characters stands in, the same on every
 * machine. Layouts that must be the same picture everywhere (the network's labels) use the
 * estimate alone.
 */
export type TextMeasure = (text: string, size: number, weight?: number) => number;

/** The advance widths of a family of fonts, in ems, by kind of character. */
export interface FontWidths {
  /** i, l, punctuation: the narrowest characters. */
  narrow: ReadonlySet<string>;
  /** Characters a little narrower than most, where the family sets them so. */
  slim: ReadonlySet<string>;
  /** m, w and their like: the widest. */
  wide: ReadonlySet<string>;
  ems: { narrow: number; slim: number; wide: number; capital: number; other: number };
  /** How much wider bold (600 and up) sets. */
  bold: number;
}

const chars = (text: string): ReadonlySet<string> => new Set(text);

/** Typical sans-serif advance widths (Arial, Helvetica, Segoe UI, Roboto): what exported pictures are drawn in. */
export const SANS_WIDTHS: FontWidths = {
  narrow: chars("iljtfrI.,;:!|'’ ()[]-"),
  slim: chars(''),
  wide: chars('mwMWOQGD@%&—'),
  ems: { narrow: 0.3, slim: 0.3, wide: 0.85, capital: 0.66, other: 0.53 },
  bold: 1.06,
};

/**
 * DejaVu Sans, rounded up: the widest of the common system sans fonts (Linux's usual fallback).
 * A layout sized by it leaves room for the label in whichever font a browser has.
 */
export const WIDEST_SANS_WIDTHS: FontWidths = {
  narrow: chars("ijl.,:;!|'’"),
  slim: chars('frtI '),
  wide: chars('mwMW'),
  ems: { narrow: 0.3, slim: 0.42, wide: 0.98, capital: 0.74, other: 0.63 },
  bold: 1.1,
};

/** Characters that draw nothing: the isolates around a dataset's strings (`isolate`). */
const UNSEEN = chars('\u2068\u2069');

const isCapital = (c: string) => c === c.toUpperCase() && c !== c.toLowerCase();

/** A text's width in pixels estimated from its characters, at `size` pixels. */
export function estimateTextWidth(text: string, size: number, weight = 400, widths: FontWidths = SANS_WIDTHS): number {
  const { narrow, slim, wide, ems } = widths;
  let em = 0;
  for (const c of text) {
    if (UNSEEN.has(c)) continue;
    em += narrow.has(c) ? ems.narrow : slim.has(c) ? ems.slim : wide.has(c) ? ems.wide : isCapital(c) ? ems.capital : ems.other;
  }
  return em * size * (weight >= 600 ? widths.bold : 1);
}

const KEPT_WIDTHS = 20_000;

let context: CanvasRenderingContext2D | null | undefined;
let contextFont = '';

function measuringContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  // jsdom has a canvas element but no drawing, and says so on the console: it gets the estimate.
  const canMeasure = typeof document !== 'undefined' && typeof navigator !== 'undefined' && !navigator.userAgent.includes('jsdom');
  context = canMeasure ? document.createElement('canvas').getContext('2d') : null;
  return context;
}

/**
 * A measure in the given font family, on a canvas: the browser's own font engine, so the text
 * fits where it is drawn. System fonts need no download, so a measure is final at once, and each
 * text is measured once per font (views ask for the same labels at every render). Without a
 * canvas, the estimate.
 */
export function canvasTextMeasure(fontFamily: () => string): TextMeasure {
  const measured = new Map<string, number>();
  let family: string | undefined;
  return (text, size, weight = 400) => {
    const ctx = measuringContext();
    if (!ctx) return estimateTextWidth(text, size, weight);
    family ??= fontFamily();
    const font = `${weight} ${size}px ${family}`;
    const key = `${font}\u0000${text}`;
    let width = measured.get(key);
    if (width === undefined) {
      if (contextFont !== font) {
        ctx.font = font;
        contextFont = font;
      }
      width = ctx.measureText(text).width;
      // Wrapping a long word measures each of its starts: the kept widths are let go past a bound.
      if (measured.size >= KEPT_WIDTHS) measured.clear();
      measured.set(key, width);
    }
    return width;
  };
}

// The page's font is read once: asking for the computed style brings the page's style up to date,
// which costs most on a page that has just changed.
const pageMeasure = canvasTextMeasure(() => getComputedStyle(document.documentElement).fontFamily || 'sans-serif');

/** A label's width in whole pixels in the page's own font: what the views lay their labels out by. */
export function pageTextWidth(text: string, size: number, weight = 400): number {
  return Math.ceil(pageMeasure(text, size, weight));
}
