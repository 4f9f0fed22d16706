import { describe, expect, it } from 'vitest';
import { extractDraft, normalizeArticle } from '../../../src/extract/extractDraft';

/** The candidates of a short text as "ACTOR ACTOR sector status" lines, for readable expectations. */
function found(text: string, focus: string) {
  const draft = extractDraft(normalizeArticle(text), { focus });
  return draft.candidates.map((c) => `${c.actors.join(' ')} ${c.sector} ${c.status}`).sort();
}

describe('verbs of cooperation in every tense', () => {
  it('reads a country that supplies, hosts or equips another as an active tie', () => {
    expect(found('Ghana supplies Togo with munitions.', 'GHA')).toEqual(['GHA TGO security active']);
    expect(found('Ghana hosts Togolese instructors in its bases.', 'GHA')).toEqual(['GHA TGO security active']);
    expect(found('Ghana equipped the Togolese army.', 'GHA')).toEqual(['GHA TGO security active']);
  });

  it('reads a French present tense of delivering, hosting or training as an active tie', () => {
    expect(found('Le Ghana livre du riz au Togo.', 'GHA')).toEqual(['GHA TGO agriculture active']);
    expect(found('Le Ghana accueille des instructeurs togolais.', 'GHA')).toEqual(['GHA TGO security active']);
    expect(found('Le Ghana forme des soldats togolais.', 'GHA')).toEqual(['GHA TGO security active']);
  });

  it('reads a promise to train, build or fund as an emerging tie in both languages', () => {
    expect(found('Ghana will train Togolese soldiers.', 'GHA')).toEqual(['GHA TGO security emerging']);
    expect(found('Ghana will build a hydroelectric dam in Togo.', 'GHA')).toEqual(['GHA TGO energy emerging']);
    expect(found('Le Ghana financera des écoles au Togo.', 'GHA')).toContain('GHA TGO education emerging');
  });

  it('reads giving, selling, lending or backing as an active tie', () => {
    expect(found('Ghana sent doctors and medicines to Togo.', 'GHA')).toEqual(['GHA TGO health active']);
    expect(found('Ghana backed the Togolese army with drones.', 'GHA')).toEqual(['GHA TGO security active']);
    expect(found('Le Ghana a vendu des blindés au Togo.', 'GHA')).toEqual(['GHA TGO security active']);
    expect(found('Le Ghana a appuyé l’armée togolaise.', 'GHA')).toEqual(['GHA TGO security active']);
  });

  it('reads a country named as the partner or the ally of another as an active tie', () => {
    expect(found('Le Ghana, partenaire du Togo, a condamné l’attaque.', 'GHA')).toEqual(['GHA TGO general active']);
    expect(found('Ghana, a long-standing ally of Togo, condemned the attack.', 'GHA')).toEqual(['GHA TGO general active']);
  });

  it('reads troops stationed in a country as an active tie in both languages', () => {
    expect(found('Ghanaian soldiers are stationed in Togo.', 'TGO')).toEqual(['TGO GHA security active']);
    expect(found('Des soldats ghanéens sont stationnés au Togo.', 'TGO')).toEqual(['TGO GHA security active']);
  });

  it('reads buying from a country as an active tie with it, in both languages', () => {
    expect(found('Togo buys drones from Ghana.', 'GHA')).toEqual(['GHA TGO security active']);
    expect(found('Togo purchases helicopters from Ghana.', 'GHA')).toEqual(['GHA TGO security active']);
    expect(found('Le Togo achète des blindés au Ghana.', 'GHA')).toEqual(['GHA TGO security active']);
  });

  it('reads training the soldiers of a country named in the possessive as an active tie', () => {
    expect(found('Ghana trains Togo’s soldiers.', 'GHA')).toEqual(['GHA TGO security active']);
  });

  it('reads joint or military exercises as security, under way, in both languages', () => {
    expect(found('Ghana and Togo held joint exercises.', 'GHA')).toEqual(['GHA TGO security active']);
    expect(found('Le Ghana et le Togo ont mené des exercices conjoints.', 'GHA')).toEqual(['GHA TGO security active']);
  });

  it('reads trade or flights that resume as an active tie, in both languages', () => {
    expect(found('Ghana said exports of cotton to Togo would resume.', 'GHA')).toContain('GHA TGO agriculture active');
    expect(found('Le Ghana reprend ses exportations de coton vers le Togo.', 'GHA')).toContain('GHA TGO agriculture active');
  });

  it('reads a force or a mission placed in a capital as hosted by its state, in both languages', () => {
    expect(found('Ghanaian troops are stationed in Lomé.', 'GHA')).toEqual(['GHA TGO security active']);
    expect(found('Ghana keeps a training mission in Lomé.', 'GHA')).toEqual(['GHA TGO security active']);
    expect(found('Des instructeurs ghanéens sont déployés à Lomé.', 'GHA')).toEqual(['GHA TGO security active']);
  });

  it('still reads a capital where a meeting takes place as a place', () => {
    expect(found('Ghana signed a defence pact with Benin in Lomé.', 'GHA')).toEqual(['GHA BEN security active']);
  });

  it('reads receiving, obtaining, importing or exporting as an active tie, in both languages', () => {
    expect(found('Togo received drones from Ghana.', 'GHA')).toEqual(['GHA TGO security active']);
    expect(found('Togo obtained a loan from Ghana.', 'GHA')).toEqual(['GHA TGO finance active']);
    expect(found('Le Togo a obtenu un prêt du Ghana.', 'GHA')).toEqual(['GHA TGO finance active']);
    expect(found('Togo imports rice from Ghana.', 'GHA')).toEqual(['GHA TGO agriculture active']);
    expect(found('Le Togo importe du riz du Ghana.', 'GHA')).toEqual(['GHA TGO agriculture active']);
    expect(found('Ghana exports cotton to Togo.', 'GHA')).toEqual(['GHA TGO agriculture active']);
    expect(found('Le Ghana exporte du coton vers le Togo.', 'GHA')).toEqual(['GHA TGO agriculture active']);
  });

  it('reads an agreement to act as an emerging tie, in both languages', () => {
    expect(found('Ghana and Togo agreed to share intelligence.', 'GHA')).toEqual(['GHA TGO security emerging']);
    expect(found('Le Ghana et le Togo ont convenu de partager leurs renseignements.', 'GHA')).toEqual(['GHA TGO security emerging']);
  });
});
