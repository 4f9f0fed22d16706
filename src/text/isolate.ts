/**
 * Unicode's "first strong isolate" and "pop directional isolate": text of unknown direction set
 * between them is laid out on its own, and neither turns the words around it. A name in Arabic
 * inside "Source: <name> (2024)" otherwise pulls the date into its right-to-left run. HTML has
 * `<bdi>` for this; plain text (an exported SVG's lines, which a file viewer lays out) has these
 * two characters.
 */
const FSI = '\u2068';
const PDI = '\u2069';

/** A data string, isolated for plain text that mixes it with other words. */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}
