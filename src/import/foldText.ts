/**
 * The form two spellings are compared in: no accents, lower case, and any run of spaces,
 * underscores, hyphens, dots or apostrophes as one space. "Côte-d'Ivoire", "cote d ivoire" and
 * "COTE_D'IVOIRE" fold alike; so do "Date de début" and "date_de_debut".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_\-.'’‘`]+/g, ' ')
    .trim();
}
