/**
 * Browsers report computed colours as `rgb(r, g, b)` or `rgba(r, g, b, a)`. Design tools
 * (Illustrator, Inkscape, older print pipelines) read hex colours with a separate opacity far
 * more reliably, so exported paint is written that way.
 */
export interface Paint {
  /** `#rrggbb`, or `none` for no paint at all. */
  color: string;
  /** 0 to 1; 1 is written as nothing. */
  alpha: number;
}

const hex2 = (n: number) =>
  Math.max(0, Math.min(255, Math.round(n)))
    .toString(16)
    .padStart(2, '0');

export function toPaint(css: string): Paint {
  const value = css.trim().toLowerCase();
  if (value === '' || value === 'none' || value === 'transparent') return { color: 'none', alpha: 0 };
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value);
  if (rgb) {
    const [, r, g, b, a] = rgb;
    const alpha = a === undefined ? 1 : a.endsWith('%') ? Number(a.slice(0, -1)) / 100 : Number(a);
    return alpha <= 0 ? { color: 'none', alpha: 0 } : { color: `#${hex2(Number(r))}${hex2(Number(g))}${hex2(Number(b))}`, alpha };
  }
  // Named colours, hex, url(#gradient): already understood everywhere.
  return { color: value, alpha: 1 };
}

/** True when this paint draws nothing. */
export function isInvisible(paint: Paint): boolean {
  return paint.color === 'none' || paint.alpha <= 0;
}
