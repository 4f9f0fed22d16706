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
    expect(sectors('Ghana signed an agreement with Togo to boost imports of goods and investment in ports.', 'GHA')).toEqual(
      expect.arrayContaining(['trade', 'finance']),
    );
  });
});

describe('sector words any news article uses', () => {
  it('reads munitions and helicopters as security in both languages', () => {
    expect(sectors('Ghana delivered munitions and helicopters to Togo.', 'GHA')).toEqual(['security']);
    expect(sectors('Le Ghana a livré des munitions et des hélicoptères au Togo.', 'GHA')).toEqual(['security']);
  });

  it('reads a hydroelectric dam and an oil refinery as energy', () => {
    expect(sectors('Le Ghana a signé un accord avec le Togo sur un barrage hydroélectrique.', 'GHA')).toEqual(['energy']);
    expect(sectors('Le Ghana a signé un accord avec le Togo pour une raffinerie de pétrole.', 'GHA')).toEqual(['energy']);
  });

  it('reads rice, cotton and livestock as agriculture', () => {
    expect(sectors('Ghana signed an agreement with Togo on rice, cotton and livestock.', 'GHA')).toEqual(['agriculture']);
    expect(sectors('Le Ghana a signé un accord avec le Togo sur le riz et le coton.', 'GHA')).toEqual(['agriculture']);
  });

  it('reads clinics and malaria as health, and bauxite as mining', () => {
    expect(sectors('Ghana signed an agreement with Togo to fight malaria in rural clinics.', 'GHA')).toEqual(['health']);
    expect(sectors('Le Ghana a signé un accord avec le Togo sur la bauxite.', 'GHA')).toEqual(['mining']);
  });

  it('reads customs duties as trade and a grant as finance', () => {
    expect(sectors('Le Ghana a signé un accord avec le Togo sur les droits de douane.', 'GHA')).toEqual(['trade']);
    expect(sectors('Le Ghana a accordé une subvention au Togo.', 'GHA')).toEqual(['finance']);
  });
});
