import { describe, expect, it } from 'vitest';
import { findNamedActors } from '../../../../src/extract/findNamedActors';
import { splitSentences } from '../../../../src/extract/splitSentences';
import { LEXICONS } from '../../../../src/extract/lexicon';
import type { ArticleLang } from '../../../../src/extract/types';

/** The actors a text names, as "words=ID/via" in the order of the text. */
function named(text: string, lang: ArticleLang = 'fr') {
  const sentences = splitSentences(text, lang, LEXICONS[lang]);
  return findNamedActors(text, sentences).map((m) => `${text.slice(m.start, m.end)}=${m.actorId}/${m.via}`);
}

describe('capitals and seats of government', () => {
  it('reads a capital that acts as its state', () => {
    expect(named('Pékin a accordé un prêt à Lusaka.')).toContain('Pékin=CHN/capital');
    expect(named('Washington and Ottawa signed a trade pact.', 'en')).toEqual(['Washington=USA/capital', 'Ottawa=CAN/capital']);
  });

  it('reads a capital after a locative preposition as a place, not an actor', () => {
    expect(named('À la réunion tenue à Dakar, le ministre ghanéen a parlé.')).toEqual(['ghanéen=GHA/adjective']);
    expect(named('Talks were held in Nairobi between Uganda and Rwanda.', 'en')).toEqual(['Uganda=UGA/name', 'Rwanda=RWA/name']);
  });

  it('reads a capital in a dateline as a place', () => {
    expect(named('Titre\nRABAT, 2 mai 2024 – Le Maroc signe un accord.')).toEqual(['Maroc=MAR/name']);
  });

  it('reads a capital inside a longer name as part of that name', () => {
    expect(named('The Washington Post reported on Kenya.', 'en')).toEqual(['Kenya=KEN/name']);
  });

  it('reads a seat of government as its state', () => {
    expect(named('Le Kremlin a salué la décision.')).toEqual(['Kremlin=RUS/capital']);
    expect(named('Port-Soudan a accusé Abou Dhabi.')).toEqual(['Port-Soudan=SDN/capital', 'Abou Dhabi=ARE/capital']);
  });

  it('reads a list of capitals as a list of states', () => {
    expect(named('Paris et Moscou se disputent Bamako.')).toEqual(['Paris=FRA/capital', 'Moscou=RUS/capital', 'Bamako=MLI/capital']);
  });

  it('reads capitals of Africa, the Middle East, Europe and Asia as their states', () => {
    expect(named('Luanda, Bagdad, Varsovie et Tachkent ont signé.')).toEqual([
      'Luanda=AGO/capital',
      'Bagdad=IRQ/capital',
      'Varsovie=POL/capital',
      'Tachkent=UZB/capital',
    ]);
    expect(named('Kampala and Islamabad signed a deal in Hanoi.', 'en')).toEqual(['Kampala=UGA/capital', 'Islamabad=PAK/capital']);
  });
});

describe('demonyms', () => {
  it('reads a demonym in French in lower case and in English with its capital only', () => {
    expect(named('Des instructeurs ukrainiens et une société émiratie.')).toEqual(['ukrainiens=UKR/adjective', 'émiratie=ARE/adjective']);
    expect(named('Polish troops polish their boots.', 'en')).toEqual(['Polish=POL/adjective']);
  });
});

describe('short forms of country names', () => {
  it('reads the short names the press uses', () => {
    expect(named('Le Burkina et la RDC ont rejoint la Centrafrique et les Émirats.')).toEqual([
      'Burkina=BFA/name',
      'RDC=COD/name',
      'Centrafrique=CAF/name',
      'Émirats=ARE/name',
    ]);
    expect(named('Türkiye and the DRC met.', 'en')).toEqual(['Türkiye=TUR/name', 'DRC=COD/name']);
  });

  it('still prefers the full name when it is written', () => {
    expect(named('Le Burkina Faso signe.')).toEqual(['Burkina Faso=BFA/name']);
  });
});

describe('organizations, forces and acronyms', () => {
  it('counts a name followed by its acronym in parentheses once', () => {
    expect(named("La Communauté économique des États de l'Afrique de l'Ouest (CEDEAO) se réunit.")).toHaveLength(1);
  });

  it('reads a force acting for a state as that state', () => {
    expect(named('Africa Corps instructors arrived, as Wagner left.', 'en')).toEqual(['Africa Corps=RUS/name', 'Wagner=RUS/name']);
    expect(named("L'opération Barkhane a pris fin.")).toEqual(['Barkhane=FRA/name']);
  });
});

describe('group references', () => {
  it('reads "the two countries" as the last two countries named', () => {
    expect(named('Le Ghana a reçu une délégation du Japon. Les deux pays ont signé un accord.')).toEqual([
      'Ghana=GHA/name',
      'Japon=JPN/name',
      'Les deux pays=GHA/group',
      'Les deux pays=JPN/group',
    ]);
  });

  it('reads "the three countries" as the last three countries named, in English too', () => {
    const found = named('Peru, Chile and Bolivia met. Later Chile hosted talks. The three countries agreed on water.', 'en');
    expect(found.filter((f) => f.endsWith('/group')).sort()).toEqual([
      'The three countries=BOL/group',
      'The three countries=CHL/group',
      'The three countries=PER/group',
    ]);
  });

  it('reads the countries of an alliance as its members', () => {
    expect(
      named("Les pays de l'AES ont parlé.")
        .filter((f) => f.endsWith('/group'))
        .sort(),
    ).toEqual(["Les pays de l'AES=BFA/group", "Les pays de l'AES=MLI/group", "Les pays de l'AES=NER/group"]);
  });

  it('reads "the juntas" as the countries the last list named', () => {
    const found = named('Guinea and Gabon were suspended. The juntas rejected the decision.', 'en');
    expect(found.filter((f) => f.endsWith('/group'))).toEqual(['The juntas=GIN/group', 'The juntas=GAB/group']);
  });

  it('takes the members of a group in the title from the story that follows it', () => {
    const found = named('Les deux pays signent un pacte\nLe Pérou et le Chili ont signé un accord.');
    expect(found.filter((f) => f.endsWith('/group'))).toEqual(['Les deux pays=PER/group', 'Les deux pays=CHL/group']);
  });

  it('leaves a group alone when its members are named right after it', () => {
    expect(named('Les régimes militaires du Pérou et du Chili ont parlé.').some((f) => f.endsWith('/group'))).toBe(false);
  });
});

describe('group references and their antecedents', () => {
  it('lets a locative preposition carry over a list of capitals, which a later group refers back to', () => {
    const found = named('Titre\nMais à Bamako, Ouagadougou et Niamey, le ton est ferme. Les trois capitales ont refusé.');
    expect(found.some((f) => f.endsWith('/capital'))).toBe(false);
    expect(found.filter((f) => f.endsWith('/group'))).toHaveLength(3);
  });

  it('does not resolve a group to a list in its own sentence', () => {
    const found = named("Titre\nLe Ghana et le Togo n'ont pas rompu avec les juntes.");
    expect(found.some((f) => f.endsWith('/group'))).toBe(false);
  });

  it('refers "the three capitals" back to capitals named as places', () => {
    const found = named('Talks were held in Bamako, Niamey and Ouagadougou. The three capitals agreed.', 'en');
    expect(found.filter((f) => f.endsWith('/group'))).toEqual([
      'The three capitals=MLI/group',
      'The three capitals=NER/group',
      'The three capitals=BFA/group',
    ]);
  });
});

describe('capitals whose name holds an article', () => {
  it('reads "le Caire" with the article in lower case, and not "le caire" in lower case', () => {
    expect(named('Un accord avec le Caire a été signé.')).toEqual(['le Caire=EGY/capital']);
    expect(named('Un accord avec le caire a été signé.')).toEqual([]);
  });
});

describe('organizations of world politics', () => {
  it('reads a UN agency, fund or programme as the UN', () => {
    expect(named('Le PAM et le HCR aident le Tchad.')).toEqual(['PAM=UN/name', 'HCR=UN/name', 'Tchad=TCD/name']);
    expect(named('The World Food Programme and UNHCR help Chad.', 'en')).toEqual([
      'World Food Programme=UN/name',
      'UNHCR=UN/name',
      'Chad=TCD/name',
    ]);
  });

  it('reads the Bretton Woods institutions and regional bodies by name and acronym in both languages', () => {
    expect(named('Le FMI, la Banque mondiale, la BAD et la Ligue arabe ont parlé.')).toEqual([
      'FMI=IMF/name',
      'Banque mondiale=WORLD_BANK/name',
      'BAD=AFDB/name',
      'Ligue arabe=ARAB_LEAGUE/name',
    ]);
    expect(named('The IMF, OPEC, the GCC and the SCO met BRICS envoys.', 'en')).toEqual([
      'IMF=IMF/name',
      'OPEC=OPEC/name',
      'GCC=GCC/name',
      'SCO=SCO/name',
      'BRICS=BRICS/name',
    ]);
  });

  it('does not read an acronym written in lower case as a body', () => {
    expect(named('That was a bad deal for the pam industry.', 'en')).toEqual([]);
  });
});

describe('a junta as its state', () => {
  it('reads "la junte" as the first country of the nearest earlier sentence that names one', () => {
    expect(named('Le Tchad a signé avec la Chine. La junte a reçu des drones.')).toEqual([
      'Tchad=TCD/name',
      'Chine=CHN/name',
      'La junte=TCD/group',
    ]);
    expect(named('Niger expelled French troops. The junta then hosted Russian instructors.', 'en')).toEqual([
      'Niger=NER/name',
      'French=FRA/adjective',
      'The junta=NER/group',
      'Russian=RUS/adjective',
    ]);
  });

  it('leaves a junta that its complement names, or that nothing before names', () => {
    expect(named('Le Tchad a signé. La junte malienne a protesté.')).toEqual(['Tchad=TCD/name', 'malienne=MLI/adjective']);
    expect(named('La junte a reçu des drones.')).toEqual([]);
  });

  it('does not read "le pays" as a state', () => {
    expect(named('Le Tchad a signé. Le pays a reçu des drones.')).toEqual(['Tchad=TCD/name']);
  });
});
