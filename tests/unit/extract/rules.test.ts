import { describe, expect, it } from 'vitest';
import { extractDraft, normalizeArticle } from '../../../src/extract/extractDraft';

/** The candidates of a short text as "PARTNER sector status" lines, for readable expectations. */
function found(text: string, focus?: string) {
  const draft = extractDraft(normalizeArticle(text), focus ? { focus } : {});
  return draft.candidates.map((c) => `${c.partner} ${c.sector} ${c.status}`).sort();
}

describe('the extractor on short French texts', () => {
  it('reads a country adjective as the country', () => {
    expect(found('Le Mali salue le soutien chinois à son armée.', 'MLI')).toEqual(['CHN security active']);
  });

  it('reads an ended operation as an ended partnership', () => {
    expect(found('Le Niger a mis fin à la présence militaire américaine.', 'NER')).toEqual(['USA security ended']);
  });

  it('proposes nothing from a negated cue, and says so', () => {
    const draft = extractDraft('Le Sénégal n’a pas signé d’accord énergétique avec la Turquie.', { focus: 'SEN' });
    expect(draft.candidates).toEqual([]);
    expect(draft.skipped.map((s) => s.reason)).toEqual(['negated']);
  });

  it('gives two partners in one sentence one candidate each', () => {
    expect(found('Le Tchad est en train d’engager une coopération sécuritaire avec le Soudan et la Libye.', 'TCD')).toEqual([
      'LBY security emerging',
      'SDN security emerging',
    ]);
  });

  it('splits a list of sectors into one candidate per sector', () => {
    expect(found('Le Ghana et le Japon explorent des pistes dans la santé, l’éducation et les mines.', 'GHA')).toEqual([
      'JPN education exploring',
      'JPN health exploring',
      'JPN mining exploring',
    ]);
  });

  it('names the speaker of reported speech on the evidence', () => {
    const draft = extractDraft('« La coopération avec l’Inde est renforcée », a déclaré Amina Diallo, ministre guinéenne.', {
      focus: 'GIN',
    });
    expect(draft.candidates[0]?.evidence[0]?.notes).toContainEqual({ kind: 'reported', speaker: 'Amina Diallo' });
  });

  it('proposes nothing from a denied claim', () => {
    expect(found('Le Maroc a démenti avoir signé un accord militaire avec l’Iran.', 'MAR')).toEqual([]);
  });
});

describe('the extractor on short English texts', () => {
  it('reads a country adjective as the country', () => {
    expect(found('Kenya signed a deal for Chinese investment in its railway.', 'KEN')).toEqual([
      'CHN finance active',
      'CHN transport active',
    ]);
  });

  it('reads a withdrawal as an ended partnership', () => {
    expect(found('Niger has withdrawn from its military agreement with France.', 'NER')).toEqual(['FRA security ended']);
  });

  it('proposes nothing from a negated cue', () => {
    expect(found('Ghana has not signed any energy deal with Russia.', 'GHA')).toEqual([]);
  });

  it('gives two partners in one sentence one candidate each', () => {
    expect(found('Senegal and Morocco could become partners of Mali in agriculture.', 'MLI')).toEqual([
      'MAR agriculture potential',
      'SEN agriculture potential',
    ]);
  });

  it('splits a list of sectors into one candidate per sector', () => {
    expect(found('Talks between Egypt and India covered energy, trade and health.', 'EGY')).toEqual([
      'IND energy exploring',
      'IND health exploring',
      'IND trade exploring',
    ]);
  });

  it('proposes the country the text is most about as the focus', () => {
    const draft = extractDraft('Mali and Russia: talks. Mali signed a security deal with Russia. Mali also spoke to China.');
    expect(draft.focus).toBe('MLI');
    expect(draft.lang).toBe('en');
  });
});
