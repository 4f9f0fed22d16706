import { describe, expect, it } from 'vitest';
import { extractDraft, normalizeArticle } from '../../../src/extract/extractDraft';

/** The candidates of a short text as "ACTOR ACTOR sector status" lines, for readable expectations. */
function found(text: string, focus?: string) {
  const draft = extractDraft(normalizeArticle(text), focus ? { focus } : {});
  return draft.candidates.map((c) => `${c.actors.join(' ')} ${c.sector} ${c.status}`).sort();
}

describe('the extractor on short French texts', () => {
  it('reads a country adjective as the country', () => {
    expect(found('Le Mali salue le soutien chinois à son armée.', 'MLI')).toEqual(['MLI CHN security active']);
  });

  it('reads an ended operation as an ended partnership', () => {
    expect(found('Le Niger a mis fin à la présence militaire américaine.', 'NER')).toEqual(['NER USA security ended']);
  });

  it('proposes nothing from a negated cue, and says so', () => {
    const draft = extractDraft('Le Sénégal n’a pas signé d’accord énergétique avec la Turquie.', { focus: 'SEN' });
    expect(draft.candidates).toEqual([]);
    expect(draft.skipped.map((s) => s.reason)).toEqual(['negated']);
  });

  it('gives two partners in one sentence one candidate each', () => {
    expect(found('Le Tchad est en train d’engager une coopération sécuritaire avec le Soudan et la Libye.', 'TCD')).toEqual([
      'TCD LBY security emerging',
      'TCD SDN security emerging',
    ]);
  });

  it('splits a list of sectors into one candidate per sector', () => {
    expect(found('Le Ghana et le Japon explorent des pistes dans la santé, l’éducation et les mines.', 'GHA')).toEqual([
      'GHA JPN education exploring',
      'GHA JPN health exploring',
      'GHA JPN mining exploring',
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
    expect(found('Kenya signed a deal with Chinese banks on its railway.', 'KEN')).toEqual(['KEN CHN transport active']);
  });

  it('reads a withdrawal as an ended partnership', () => {
    expect(found('Niger has withdrawn from its military agreement with France.', 'NER')).toEqual(['NER FRA security ended']);
  });

  it('proposes nothing from a negated cue', () => {
    expect(found('Ghana has not signed any energy deal with Russia.', 'GHA')).toEqual([]);
  });

  it('gives two partners in one sentence one candidate each', () => {
    expect(found('Senegal and Morocco could become partners of Mali in agriculture.', 'MLI')).toEqual([
      'MLI MAR agriculture potential',
      'MLI SEN agriculture potential',
    ]);
  });

  it('splits a list of sectors into one candidate per sector', () => {
    expect(found('Talks between Egypt and India covered energy, trade and health.', 'EGY')).toEqual([
      'EGY IND energy exploring',
      'EGY IND health exploring',
      'EGY IND trade exploring',
    ]);
  });

  it('proposes the country the text is most about as the focus', () => {
    const draft = extractDraft('Mali and Russia: talks. Mali signed a security deal with Russia. Mali also spoke to China.');
    expect(draft.focus).toBe('MLI');
    expect(draft.lang).toBe('en');
  });
});

describe('ties between any two actors of a clause', () => {
  it('ties the actors of a relative clause to what it hangs on, not to the main country', () => {
    const text = 'Le Burkina suit la voie de son voisin, comme l’a fait le Mali, où opère le groupe paramilitaire russe depuis 2021.';
    expect(found(text, 'BFA')).toEqual(['MLI RUS security active']);
  });

  it('reads an appositive of its own, with the actor it describes', () => {
    expect(found('Des observateurs estiment que la Russie, déjà présente au Mali, pourrait appuyer la force unifiée.', 'AES')).toEqual([
      'AES RUS security potential',
      'MLI RUS general active',
    ]);
  });

  it('ties actors listed together when they act jointly', () => {
    expect(found('Mali, Burkina Faso and Niger announced the formation of a combined force.', 'MLI')).toEqual([
      'BFA NER security emerging',
      'MLI BFA security emerging',
      'MLI NER security emerging',
    ]);
  });

  it('reads a joint action with no status word as a tie under way, in its field', () => {
    expect(found('Mali and Niger conduct joint patrols along the border.', 'MLI')).toEqual(['MLI NER security active']);
    expect(found('Le Mali et le Niger ont mis sur pied une force conjointe.', 'MLI')).toEqual(['MLI NER security active']);
  });

  it('ties a list that acts alone to the focus, which the article is about', () => {
    expect(found('Nigeria, Ghana and Senegal have pledged troops to the force.', 'ECOWAS')).toEqual([
      'ECOWAS GHA security emerging',
      'ECOWAS NGA security emerging',
      'ECOWAS SEN security emerging',
    ]);
  });

  it('ties actors named as examples to the clause that speaks of them', () => {
    expect(
      found('« Le Mali engage une coopération sécuritaire avec ses voisins », a-t-il dit, citant le Niger et le Tchad.', 'MLI'),
    ).toEqual(['MLI NER security emerging', 'MLI TCD security emerging']);
  });
});

describe('the status a clause states', () => {
  it('reads intent and planning as exploring, not as the strengthening they aim at', () => {
    expect(found('La Russie prépare des accords pour renforcer ses relations avec le Burkina Faso dans l’énergie.', 'BFA')).toEqual([
      'BFA RUS energy exploring',
    ]);
    expect(found('Ghana plans to strengthen its energy cooperation with Togo.', 'GHA')).toEqual(['GHA TGO energy exploring']);
  });

  it('reads speculation as potential', () => {
    expect(found('Some diplomats expect Ghana to strengthen its security ties with Togo.', 'GHA')).toEqual(['GHA TGO security potential']);
    expect(found('Certains diplomates s’attendent à ce que le Ghana renforce ses liens sécuritaires avec le Togo.', 'GHA')).toEqual([
      'GHA TGO security potential',
    ]);
  });

  it('reads rejections, departures and turned backs as ended', () => {
    expect(found('Ghana rejected military cooperation with France.', 'GHA')).toEqual(['GHA FRA security ended']);
    expect(found('Le départ des troupes françaises du Niger est achevé.', 'NER')).toEqual(['NER FRA security ended']);
    expect(found('Le Mali a tourné le dos à la CEDEAO.', 'MLI')).toEqual(['MLI ECOWAS general ended']);
  });

  it('reads a negated ending as a tie that goes on, with a note', () => {
    const draft = extractDraft(normalizeArticle('The United States said it had not ended its humanitarian aid to Niger in health.'), {
      focus: 'NER',
    });
    expect(draft.candidates.map((c) => `${c.actors.join(' ')} ${c.sector} ${c.status}`)).toEqual(['NER USA health active']);
    expect(draft.candidates[0]!.evidence[0]!.notes).toContainEqual({ kind: 'negatedEnding' });
    expect(found('Le Ghana n’a pas suspendu ses échanges commerciaux avec le Mali.', 'MLI')).toEqual(['MLI GHA trade active']);
  });

  it('proposes nothing from a word of cooperation with no status word, and lists it aside', () => {
    const draft = extractDraft(normalizeArticle('La coopération entre le Mali et le Niger dans l’énergie.'), { focus: 'MLI' });
    expect(draft.candidates).toEqual([]);
    expect(draft.skipped.map((s) => s.reason)).toEqual(['unstated']);
  });

  it('reads ending a quarrel as mending a tie', () => {
    expect(found('Niger and China reached an agreement to end a dispute over oil revenue.', 'NER')).toEqual(['NER CHN energy active']);
  });

  it('keeps each sentence’s own status, and says when they disagree', () => {
    const draft = extractDraft(
      normalizeArticle('Russian instructors are deployed in Mali for security. Russia could strengthen its security ties with Mali.'),
      { focus: 'MLI' },
    );
    expect(draft.candidates).toHaveLength(1);
    const [candidate] = draft.candidates;
    expect(candidate!.status).toBe('active');
    expect(candidate!.disagrees).toBe(true);
    expect(candidate!.evidence.map((e) => e.status)).toEqual(['active', 'potential']);
  });
});

describe('the sector a clause names', () => {
  it('reads the training of armed forces as security, not education', () => {
    expect(found('La Turquie a renforcé la formation des forces armées maliennes.', 'MLI')).toEqual(['MLI TUR security active']);
    expect(found('Turkey has strengthened the training of the Malian armed forces.', 'MLI')).toEqual(['MLI TUR security active']);
  });

  it('reads money, trade or training spent on a field as that field, and a list of sectors as each', () => {
    expect(found('La Chine a signé un prêt destiné à moderniser la ligne ferroviaire du Sénégal.', 'SEN')).toEqual([
      'SEN CHN transport active',
    ]);
    expect(found('Ghana is training doctors for Togo.', 'GHA')).toEqual(['GHA TGO health active']);
    expect(found('Talks between Egypt and India covered energy and trade.', 'EGY')).toEqual([
      'EGY IND energy exploring',
      'EGY IND trade exploring',
    ]);
  });

  it('reads no sector in a job title', () => {
    expect(found('Ghana signed an agreement with Togo, the energy minister said.', 'GHA')).toEqual(['GHA TGO general active']);
  });

  it('takes the sector from the clause of the tie, not from elsewhere in the sentence', () => {
    expect(found('Le Ghana a signé un accord avec le Togo, tandis que la sécurité reste fragile.', 'GHA')).toEqual([
      'GHA TGO general active',
    ]);
  });
});

describe('the headline', () => {
  it('proposes nothing of its own: the body’s sentences are the evidence', () => {
    const text = 'Mali turns to Turkish drones\nMali has taken delivery of Turkish drones for its army.';
    const draft = extractDraft(normalizeArticle(text), { focus: 'MLI' });
    expect(draft.candidates.map((c) => `${c.actors.join(' ')} ${c.sector} ${c.status}`)).toEqual(['MLI TUR security active']);
    expect(draft.candidates[0]!.evidence.map((e) => e.sentence)).toEqual([1]);
  });
});

describe('words that look like cues but are not', () => {
  it('reads a denial that is itself negated as no denial, and keeps the hedge', () => {
    const draft = extractDraft(
      normalizeArticle('L’Iran aurait manifesté son intérêt pour l’uranium du Niger, ce que Téhéran n’a ni confirmé ni démenti.'),
      {
        focus: 'NER',
      },
    );
    expect(draft.candidates.map((c) => `${c.actors.join(' ')} ${c.sector} ${c.status}`)).toEqual(['NER IRN mining potential']);
    expect(draft.candidates[0]!.evidence[0]!.notes).toContainEqual({ kind: 'hedged' });
  });

  it('reads prospecting as an activity, not as exploring a partnership', () => {
    expect(found('Algeria’s state company already works in Niger and is exploring for oil there.', 'NER')).toEqual([
      'NER DZA energy active',
    ]);
  });

  it('reads a denied ending over the ending beside it', () => {
    expect(found('The departure of Wagner does not end Russia’s military presence in Mali.', 'MLI')).toEqual(['MLI RUS security active']);
  });

  it('reads a military government as a government, not as security cooperation', () => {
    expect(found('Les régimes militaires du Mali et du Niger ont signé un traité de confédération.', 'MLI')).toEqual([
      'MLI NER general active',
    ]);
  });

  it('does not tie an actor to the focus when the clause names its partner by a phrase the rules cannot read', () => {
    expect(found('Le Ghana n’a pas suspendu ses échanges commerciaux avec les pays sahéliens.', 'MLI')).toEqual([]);
  });

  it('cuts at "since" before a clause, not before a date', () => {
    expect(found('Russia has strengthened its security partnership with Mali since French troops left.', 'MLI')).toEqual([
      'MLI FRA security ended',
      'MLI RUS security active',
    ]);
  });
});
