/**
 * Accent folding: the forms in which two spellings of a word are compared. Every search, every
 * match of a typed value against a known one and the article reader's cues fold through here, so
 * "turkiye" finds "Türkiye" wherever a person types it.
 */

const MARKS = /\p{M}/gu;

/** Lower case without accents: "turquie" finds "Turquie" and "turkiye" finds "Türkiye". */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/**
 * The same folding, one character for one character, with typographic apostrophes made plain:
 * an offset in the folded text is the same offset in the original, so a match found in it can be
 * shown on the original words. (A character that would fold to more than one is kept as it is.)
 */
export function foldAccentsInPlace(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\u2019' || ch === '\u2018' || ch === '\u02bc') {
      out += "'";
      continue;
    }
    const folded = foldAccents(ch);
    out += folded.length === 1 ? folded : ch;
  }
  return out;
}

/**
 * The form two spellings of a name or a heading are compared in: folded, and any run of spaces,
 * underscores, hyphens, dots or apostrophes as one space. "Côte-d'Ivoire", "cote d ivoire" and
 * "COTE_D'IVOIRE" fold alike; so do "Date de début" and "date_de_debut".
 */
export function toSpellingKey(text: string): string {
  return foldAccents(text)
    .replace(/[\s_\-.'’‘`]+/g, ' ')
    .trim();
}

/** Lower-case ASCII words joined by hyphens, safe in a file name and an id: "Côte d'Ivoire" -> "cote-d-ivoire". */
export function toSlug(text: string): string {
  return foldAccents(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
