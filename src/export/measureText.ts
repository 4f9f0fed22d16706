/**
 * Text width, for wrapping titles, legends and source lines inside the picture. In the browser
 * the exporter passes a canvas measure in the export font; elsewhere (tests, Node) this estimate,
 * built from typical sans-serif advance widths, is close enough to wrap the same way.
 */
export type TextMeasure = (text: string, size: number, weight?: number) => number;

const NARROW = new Set('iljtfrI.,;:!|\'’ ()[]-'.split(''));
const WIDE = new Set('mwMWOQGD@%&—'.split(''));

/** Characters that draw nothing: the isolates around a dataset's strings (`isolate`). */
const UNSEEN = new Set(['\u2068', '\u2069']);

export const estimateTextWidth: TextMeasure = (text, size, weight = 400) => {
  let em = 0;
  for (const c of text) {
    if (UNSEEN.has(c)) continue;
    em += NARROW.has(c) ? 0.3 : WIDE.has(c) ? 0.85 : c === c.toUpperCase() && c !== c.toLowerCase() ? 0.66 : 0.53;
  }
  return em * size * (weight >= 600 ? 1.06 : 1);
};

/**
 * A word wider than the line, cut into pieces that fit (at least one character each), so that
 * a name with no space in it stays inside the picture instead of running off its edge.
 */
function cutWord(word: string, maxWidth: number, size: number, measure: TextMeasure, weight?: number): string[] {
  if (measure(word, size, weight) <= maxWidth) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const c of word) {
    if (piece && measure(piece + c, size, weight) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += c;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Breaks a text into lines no wider than `maxWidth`, at spaces; only a word wider than the whole
 * line is cut, where it must.
 */
export function wrapText(text: string, maxWidth: number, size: number, measure: TextMeasure, weight?: number): string[] {
  // Only ordinary spaces break: French keeps its non-breaking space before a colon.
  const words = text
    .split(/[ \t\n]+/u)
    .filter(Boolean)
    .flatMap((word) => cutWord(word, maxWidth, size, measure, weight));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, size, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
