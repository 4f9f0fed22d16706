import { describe, expect, it } from 'vitest';
import { extractDraft, normalizeArticle } from '../../../src/extract/extractDraft';

/** The sectors drafted from a short text, sorted. */
function sectors(text: string, focus: string) {
  return [...new Set(extractDraft(normalizeArticle(text), { focus }).candidates.map((c) => c.sector))].sort();
}

describe('sector words that are other words too', () => {
  it('reads gold with its article as mining, and the French conjunction "Or" as nothing', () => {
    expect(sectors('Or, le Sénégal a signé un accord de défense avec la Gambie en 2023.', 'SEN')).toEqual(['security']);
    expect(sectors('Le Sénégal a signé un accord avec la Gambie pour exploiter l’or de la Falémé.', 'SEN')).toEqual(['mining']);
  });

  it('does not read "important" as imports, nor "investigation" as an investment', () => {
    expect(sectors('Ghana signed an important security agreement with Togo, officials said after an investigation.', 'GHA')).toEqual([
      'security',
    ]);
    expect(sectors('Ghana signed an agreement with Togo to boost imports of rice and investment in ports.', 'GHA')).toEqual(
      expect.arrayContaining(['trade', 'finance']),
    );
  });
});
