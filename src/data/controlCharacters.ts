/**
 * The invisible characters a dataset may not hold in its texts. Two kinds:
 *
 * - Unicode's explicit direction formatting characters: embeddings, overrides and isolates
 *   (U+202A to U+202E, U+2066 to U+2069). They change the order in which the letters after them
 *   are shown, so a text can read otherwise than it is written: "Russia\u202Egnp.exe" shows as
 *   "Russiaexe.png" (the "Trojan Source" trick, CVE-2021-42574). The marks that only steer
 *   neutral characters in right-to-left writing (U+200E, U+200F, U+061C) cannot reorder letters
 *   and stay allowed: Arabic and Hebrew texts need them.
 * - The C0 and C1 control characters, which draw nothing, break exports (XML forbids most of
 *   them) and only arrive by accident or by design. Tab, line feed and carriage return are kept,
 *   as text may be laid out with them; a source's full text also keeps the vertical tab and the
 *   form feed that a PDF converter writes between pages.
 *
 * A dataset holding one is refused with the place of the first, rather than cleaned silently: a
 * quote must stay word for word what its source says, and a name that hides a character is
 * worth a person's look.
 */
const DIRECTION = '\\u202A-\\u202E\\u2066-\\u2069';
const C1 = '\\u007F-\\u009F';
const IN_TEXTS = new RegExp(`[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F${C1}${DIRECTION}]`);
const IN_SOURCE_TEXTS = new RegExp(`[\\u0000-\\u0008\\u000E-\\u001F${C1}${DIRECTION}]`);

/** The pattern a dataset's texts must match, for the validator and its published JSON Schema. */
export const NO_CONTROL_CHARACTERS = new RegExp(`^[^${IN_TEXTS.source.slice(1, -1)}]*$`);

/** One character a text may not hold: what it is, and where (counted in characters from 1). */
export interface ControlCharacter {
  kind: 'direction' | 'control';
  /** "U+202E". */
  codePoint: string;
  position: number;
}

function describe(text: string, index: number): ControlCharacter {
  const code = text.charCodeAt(index);
  return {
    kind: code >= 0x202a ? 'direction' : 'control',
    codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
    position: [...text.slice(0, index)].length + 1,
  };
}

/** The first character a dataset's text may not hold, or null. */
export function findControlCharacter(text: string): ControlCharacter | null {
  const index = text.search(IN_TEXTS);
  return index < 0 ? null : describe(text, index);
}

/** The same for a source's full text, which may also hold page breaks. */
export function findControlCharacterInSourceText(text: string): ControlCharacter | null {
  const index = text.search(IN_SOURCE_TEXTS);
  return index < 0 ? null : describe(text, index);
}
