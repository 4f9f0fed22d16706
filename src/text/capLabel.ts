/**
 * How many characters a name draws (an actor, a sector: on the map, in the network, the charts,
 * the chips and the tables) before an ellipsis. Real names fit: the longest official names of
 * countries and organizations are about 55 characters. A longer one is cut, its full text kept
 * in its accessible name and its tooltip, so one runaway cell cannot widen a chart or the page.
 */
export const LABEL_MAX = 60;
/** The same for titles: the dataset's, its sources', its events'. */
export const TITLE_MAX = 160;

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/**
 * `text` as a label draws it: whole when it has at most `max` characters, else its first `max - 1`
 * followed by an ellipsis. It cuts between characters as a reader sees them (an accented letter
 * or an emoji stays whole), and reads only as far as it cuts, however long the text.
 */
export function capLabel(text: string, max: number = LABEL_MAX): string {
  // A text of at most `max` UTF-16 units has at most `max` characters: the common case costs nothing.
  if (text.length <= max) return text;
  let kept = 0;
  let end = 0;
  for (const { segment } of segmenter ? segmenter.segment(text) : [...text].map((segment) => ({ segment }))) {
    if (kept === max - 1) {
      // Nothing is cut when the rest is this one last character.
      return end + segment.length === text.length ? text : `${text.slice(0, end).trimEnd()}…`;
    }
    kept += 1;
    end += segment.length;
  }
  return text;
}

/** Whether a label draws less than its text, so its full text must be given some other way. */
export function isCapped(text: string, max: number = LABEL_MAX): boolean {
  return capLabel(text, max) !== text;
}
