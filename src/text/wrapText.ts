import type { TextMeasure } from './measureText';

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
