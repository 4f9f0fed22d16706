import { describe, expect, it } from 'vitest';
import { extractDraft, normalizeArticle } from '../../../src/extract/extractDraft';

/** The candidates of a short text as "ACTOR ACTOR sector status" lines, for readable expectations. */
function found(text: string, focus?: string) {
  const draft = extractDraft(normalizeArticle(text), focus ? { focus } : {});
  return draft.candidates.map((c) => `${c.actors.join(' ')} ${c.sector} ${c.status}`).sort();
}

describe('actors a clause names that are not one side of a tie', () => {
  it('reads a country named as the complement of a noun of place as the place, not a partner', () => {
    expect(found('A Japanese ship carrying wheat for Chad arrived on Monday in the port of Dakar.', 'TCD')).toEqual([
      'TCD JPN agriculture active',
    ]);
    expect(found('Un navire indien chargé de blé pour le Tchad est arrivé lundi dans le port de Dakar.', 'TCD')).toEqual([
      'TCD IND agriculture active',
    ]);
  });

  it('does not understand the focus when the partner is named by its relation to the subject', () => {
    expect(found('Ghana said it would resume gas deliveries to its neighbour next month.', 'ECOWAS')).toEqual([]);
    expect(found('Le Sénégal a promis de livrer du gaz à son voisin dès le mois prochain.', 'ECOWAS')).toEqual([]);
  });

  it('ties the parties of a go-between to each other, not to the go-between', () => {
    expect(found('Qatar could act as a bridge between Chad and Sudan in the security talks.', 'QAT')).toEqual([
      'SDN TCD security potential',
    ]);
    expect(found('Le Maroc pourrait servir de médiateur entre le Tchad et le Soudan dans les discussions sécuritaires.', 'MAR')).toEqual([
      'SDN TCD security potential',
    ]);
  });

  it('does not tie an actor to a group it is counted in', () => {
    const text =
      'Mali, Burkina Faso and Niger have all asked Russia for wheat. Diplomats expect Niamey to be the first of the three capitals to sign a defence deal.';
    expect(found(text, 'RUS').filter((line) => line.includes('potential'))).toEqual([]);
  });

  it('reads a group that names the subject again as the subject, and its actors as partners after "between"', () => {
    const text =
      'Senegal has long quarrelled with Guinea-Bissau over fishing rights. Senegal and Gambia signed a memorandum on border security in May, the first agreement between the two neighbours in a decade.';
    expect(found(text, 'SEN')).toEqual(['SEN GMB security emerging']);
  });

  it('ties the members of an organization that sign its founding text to each other, not to it', () => {
    const text =
      'Réunis à Bamako, les dirigeants du Mali, du Burkina Faso et du Niger ont signé le traité instituant l’Alliance des États du Sahel (AES).';
    expect(found(text, 'AES')).toEqual(['BFA MLI general active', 'BFA NER general active', 'MLI NER general active']);
  });

  it('still ties members leaving their organization to it', () => {
    expect(found('Mali, Burkina Faso and Niger announced their withdrawal from the Alliance of Sahel States.', 'AES')).toEqual([
      'AES BFA general ended',
      'AES MLI general ended',
      'AES NER general ended',
    ]);
  });

  it('does not understand an organization as the partner of one of its own members', () => {
    expect(found('Bamako a de son côté plaidé pour une monnaie commune.', 'AES')).toEqual([]);
  });
});

describe('a general tie beside the same tie in a field', () => {
  it('drops the general tie when the article gives the pair a field with the same status', () => {
    const text = 'Turkey keeps close ties with Somalia, officials said. Turkish instructors continue to train the Somali army.';
    expect(found(text, 'SOM')).toEqual(['SOM TUR security active']);
  });
});

describe('two names joined by a hyphen', () => {
  it('ties two countries that name a thing of theirs with a hyphen to each other', () => {
    expect(found('India has already invested in the Nepal-Bangladesh power line.', 'IND')).toContain('BGD NPL finance active');
    expect(found('Le Japon finance déjà la ligne électrique Ghana-Togo.', 'JPN')).toContain('GHA TGO energy active');
  });
});

describe('a possibility stated by denying its exclusion', () => {
  it('reads "does not rule out" and "n\'exclut pas" as potential, not as a negated claim', () => {
    expect(found('Kenya does not rule out a defence agreement with Turkey.', 'KEN')).toEqual(['KEN TUR security potential']);
    expect(found("Le Kenya n'exclut pas un accord de défense avec la Turquie.", 'KEN')).toEqual(['KEN TUR security potential']);
  });
});

describe('a clause of acting together that names nobody', () => {
  it('continues the story of actors named acting together, not of one acting on another', () => {
    const text =
      'Senegal and Gambia signed a joint cooperation accord in Dakar. Senegal also announced its withdrawal from the European Union fisheries pact. The statement announced the creation of a joint naval force.';
    expect(found(text, 'SEN')).toContain('SEN GMB security emerging');
    expect(found(text, 'SEN')).not.toContain('SEN EU security emerging');
  });
});

describe('the sector of a peace accord', () => {
  it('reads a peace accord, a peace process or a ceasefire as security', () => {
    expect(found('Ethiopia ended the peace accord it had signed with Eritrea.', 'ETH')).toEqual(['ETH ERI security ended']);
    expect(found("Le Soudan a mis fin à l'accord de paix conclu avec le Tchad.", 'SDN')).toEqual(['SDN TCD security ended']);
  });
});

describe('the status of a tie whose focus is understood', () => {
  it('weighs every status word of the clause, since one named actor does not place the statement', () => {
    const text = 'La Chine a signé en mars dernier un important accord-cadre pour construire une centrale électrique.';
    expect(found(text, 'GIN')).toEqual(['GIN CHN energy emerging']);
  });
});

describe("a country's edge", () => {
  it('reads a country named as the adjective or complement of a border or a coast as a place', () => {
    expect(found('China could finance a new road from Niamey to the Beninese border.', 'NER')).toEqual(['NER CHN transport potential']);
    expect(found('La Chine pourrait financer une route entre Niamey et la frontière togolaise.', 'NER')).toEqual([
      'NER CHN transport potential',
    ]);
  });

  it('knows the adjectives of countries whose names give no regular one', () => {
    expect(found('Le Tchad a reçu des blindés qataris.', 'TCD')).toEqual(['TCD QAT security active']);
    expect(found('Chad has bought Togolese drones.', 'TCD')).toEqual(['TCD TGO security active']);
  });
});

describe("a country's peacekeepers", () => {
  it('ties a country whose peacekeepers go home to the UN, not to the focus', () => {
    expect(found('Les Casques bleus rwandais ont quitté la mission et sont rentrés à Kigali.', 'CAF')).toEqual(['RWA UN security ended']);
    expect(found('Rwandan peacekeepers have left the mission and returned home.', 'CAF')).toEqual(['RWA UN security ended']);
  });
});

describe('turning down a request', () => {
  it('does not read a rejected call or request as the end of a tie', () => {
    expect(found("Kenya's government has rejected calls from the EU for an independent audit.", 'KEN')).toEqual([]);
    expect(found("Le gouvernement kényan a rejeté la demande de l'Union européenne.", 'KEN')).toEqual([]);
  });

  it('still reads a rejected cooperation as ended', () => {
    expect(found('Kenya rejected military cooperation with the EU.', 'KEN')).toEqual(['KEN EU security ended']);
  });
});

describe('two events in sequence', () => {
  it('does not tie the actors of two events one of which follows the other', () => {
    const text = 'The departure of Belgian troops from Mali follows the exit of Spanish forces last year.';
    expect(found(text, 'MLI')).toEqual(['MLI BEL security ended', 'MLI ESP security ended']);
    const fr = "Le départ des troupes belges du Mali fait suite à celui des forces espagnoles l'an dernier.";
    expect(found(fr, 'MLI')).not.toContain('BEL ESP security ended');
  });
});
