/**
 * The small vocabulary every exported SVG is written in. Exports are strings, built without a
 * DOM, so every text that comes from a dataset passes `escapeXml` on its way in.
 */

/**
 * A system font stack, written on each text as an attribute: page CSS does not reach a file
 * opened on its own, and a stack of fonts every system has renders without a download.
 */
export const EXPORT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";
export const EXPORT_INK = '#1a1a1a';
export const EXPORT_MUTED = '#555555';
export const EXPORT_RULE = '#d9d6cf';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an element or a double- or single-quoted attribute. Control characters XML forbids are dropped. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

export type AttrValue = string | number | undefined | null | false;

/** Rounds to 2 decimals so files stay small and diffs stable. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** ` name="value"` pairs, skipping empty values, escaping the rest. */
export function attrs(values: Record<string, AttrValue>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === false || value === '') continue;
    out += ` ${name}="${escapeXml(typeof value === 'number' ? num(value) : value)}"`;
  }
  return out;
}

export function element(name: string, values: Record<string, AttrValue>, content?: string): string {
  return content === undefined ? `<${name}${attrs(values)}/>` : `<${name}${attrs(values)}>${content}</${name}>`;
}

export interface TextStyle {
  size: number;
  weight?: number;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
}

/** One line of text, with its font written out in full. `y` is the baseline. */
export function textElement(text: string, x: number, y: number, style: TextStyle): string {
  return element(
    'text',
    {
      x,
      y,
      'font-family': EXPORT_FONT,
      'font-size': style.size,
      'font-weight': style.weight && style.weight !== 400 ? style.weight : undefined,
      fill: style.fill ?? EXPORT_INK,
      'text-anchor': style.anchor && style.anchor !== 'start' ? style.anchor : undefined,
    },
    escapeXml(text),
  );
}
