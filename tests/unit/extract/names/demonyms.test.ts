import { describe, expect, it } from 'vitest';
import { NAME_FORMS } from '../../../../src/extract/countryNames';
import { deriveDemonyms } from '../../../../src/extract/names/demonyms';
import { foldAccents } from '../../../../src/text/fold';

/** The actor a form names, if exactly one form of that spelling is kept. */
function actorOf(form: string): string | undefined {
  const owners = new Set(NAME_FORMS.filter((f) => foldAccents(f.form) === foldAccents(form)).map((f) => f.actorId));
  return owners.size === 1 ? [...owners][0] : undefined;
}

/**
 * Demonyms of the countries of Africa, the Middle East, Europe and Asia, in the masculine singular
 * in French and the adjective in English, as the French and English press write them. Congo and
 * Korea are left out: "congolais" and "Korean" name two states.
 */
const DEMONYMS: readonly [string, string, string][] = [
  ['DZA', 'algérien', 'Algerian'],
  ['AGO', 'angolais', 'Angolan'],
  ['BEN', 'béninois', 'Beninese'],
  ['BWA', 'botswanais', 'Botswanan'],
  ['BFA', 'burkinabè', 'Burkinabe'],
  ['BDI', 'burundais', 'Burundian'],
  ['CPV', 'cap-verdien', 'Cape Verdean'],
  ['CMR', 'camerounais', 'Cameroonian'],
  ['CAF', 'centrafricain', 'Central African'],
  ['TCD', 'tchadien', 'Chadian'],
  ['COM', 'comorien', 'Comorian'],
  ['DJI', 'djiboutien', 'Djiboutian'],
  ['EGY', 'égyptien', 'Egyptian'],
  ['GNQ', 'équato-guinéen', 'Equatorial Guinean'],
  ['ERI', 'érythréen', 'Eritrean'],
  ['ETH', 'éthiopien', 'Ethiopian'],
  ['GAB', 'gabonais', 'Gabonese'],
  ['GMB', 'gambien', 'Gambian'],
  ['GHA', 'ghanéen', 'Ghanaian'],
  ['GIN', 'guinéen', 'Guinean'],
  ['GNB', 'bissau-guinéen', 'Bissau-Guinean'],
  ['CIV', 'ivoirien', 'Ivorian'],
  ['KEN', 'kényan', 'Kenyan'],
  ['LBR', 'libérien', 'Liberian'],
  ['LBY', 'libyen', 'Libyan'],
  ['MDG', 'malgache', 'Malagasy'],
  ['MWI', 'malawite', 'Malawian'],
  ['MLI', 'malien', 'Malian'],
  ['MRT', 'mauritanien', 'Mauritanian'],
  ['MUS', 'mauricien', 'Mauritian'],
  ['MAR', 'marocain', 'Moroccan'],
  ['MOZ', 'mozambicain', 'Mozambican'],
  ['NAM', 'namibien', 'Namibian'],
  ['NER', 'nigérien', 'Nigerien'],
  ['NGA', 'nigérian', 'Nigerian'],
  ['RWA', 'rwandais', 'Rwandan'],
  ['SEN', 'sénégalais', 'Senegalese'],
  ['SYC', 'seychellois', 'Seychellois'],
  ['SLE', 'sierra-léonais', 'Sierra Leonean'],
  ['SOM', 'somalien', 'Somali'],
  ['ZAF', 'sud-africain', 'South African'],
  ['SSD', 'sud-soudanais', 'South Sudanese'],
  ['SDN', 'soudanais', 'Sudanese'],
  ['TZA', 'tanzanien', 'Tanzanian'],
  ['TGO', 'togolais', 'Togolese'],
  ['TUN', 'tunisien', 'Tunisian'],
  ['UGA', 'ougandais', 'Ugandan'],
  ['ZMB', 'zambien', 'Zambian'],
  ['ZWE', 'zimbabwéen', 'Zimbabwean'],
  ['BHR', 'bahreïni', 'Bahraini'],
  ['IRN', 'iranien', 'Iranian'],
  ['IRQ', 'irakien', 'Iraqi'],
  ['ISR', 'israélien', 'Israeli'],
  ['JOR', 'jordanien', 'Jordanian'],
  ['KWT', 'koweïtien', 'Kuwaiti'],
  ['LBN', 'libanais', 'Lebanese'],
  ['OMN', 'omanais', 'Omani'],
  ['PSE', 'palestinien', 'Palestinian'],
  ['QAT', 'qatari', 'Qatari'],
  ['SAU', 'saoudien', 'Saudi'],
  ['SYR', 'syrien', 'Syrian'],
  ['ARE', 'émirati', 'Emirati'],
  ['YEM', 'yéménite', 'Yemeni'],
  ['TUR', 'turc', 'Turkish'],
  ['CYP', 'chypriote', 'Cypriot'],
  ['ALB', 'albanais', 'Albanian'],
  ['AUT', 'autrichien', 'Austrian'],
  ['BLR', 'biélorusse', 'Belarusian'],
  ['BEL', 'belge', 'Belgian'],
  ['BIH', 'bosnien', 'Bosnian'],
  ['BGR', 'bulgare', 'Bulgarian'],
  ['HRV', 'croate', 'Croatian'],
  ['CZE', 'tchèque', 'Czech'],
  ['DNK', 'danois', 'Danish'],
  ['EST', 'estonien', 'Estonian'],
  ['FIN', 'finlandais', 'Finnish'],
  ['FRA', 'français', 'French'],
  ['DEU', 'allemand', 'German'],
  ['GRC', 'grec', 'Greek'],
  ['HUN', 'hongrois', 'Hungarian'],
  ['ISL', 'islandais', 'Icelandic'],
  ['IRL', 'irlandais', 'Irish'],
  ['ITA', 'italien', 'Italian'],
  ['LVA', 'letton', 'Latvian'],
  ['LTU', 'lituanien', 'Lithuanian'],
  ['LUX', 'luxembourgeois', 'Luxembourgish'],
  ['MLT', 'maltais', 'Maltese'],
  ['MDA', 'moldave', 'Moldovan'],
  ['MNE', 'monténégrin', 'Montenegrin'],
  ['NLD', 'néerlandais', 'Dutch'],
  ['MKD', 'macédonien', 'Macedonian'],
  ['NOR', 'norvégien', 'Norwegian'],
  ['POL', 'polonais', 'Polish'],
  ['PRT', 'portugais', 'Portuguese'],
  ['ROU', 'roumain', 'Romanian'],
  ['RUS', 'russe', 'Russian'],
  ['SRB', 'serbe', 'Serbian'],
  ['SVK', 'slovaque', 'Slovak'],
  ['SVN', 'slovène', 'Slovenian'],
  ['ESP', 'espagnol', 'Spanish'],
  ['SWE', 'suédois', 'Swedish'],
  ['CHE', 'suisse', 'Swiss'],
  ['UKR', 'ukrainien', 'Ukrainian'],
  ['GBR', 'britannique', 'British'],
  ['GEO', 'géorgien', 'Georgian'],
  ['ARM', 'arménien', 'Armenian'],
  ['AZE', 'azerbaïdjanais', 'Azerbaijani'],
  ['AFG', 'afghan', 'Afghan'],
  ['BGD', 'bangladais', 'Bangladeshi'],
  ['BTN', 'bhoutanais', 'Bhutanese'],
  ['BRN', 'brunéien', 'Bruneian'],
  ['KHM', 'cambodgien', 'Cambodian'],
  ['CHN', 'chinois', 'Chinese'],
  ['IND', 'indien', 'Indian'],
  ['IDN', 'indonésien', 'Indonesian'],
  ['JPN', 'japonais', 'Japanese'],
  ['KAZ', 'kazakh', 'Kazakh'],
  ['KGZ', 'kirghize', 'Kyrgyz'],
  ['LAO', 'laotien', 'Laotian'],
  ['MYS', 'malaisien', 'Malaysian'],
  ['MDV', 'maldivien', 'Maldivian'],
  ['MNG', 'mongol', 'Mongolian'],
  ['MMR', 'birman', 'Burmese'],
  ['NPL', 'népalais', 'Nepalese'],
  ['PRK', 'nord-coréen', 'North Korean'],
  ['KOR', 'sud-coréen', 'South Korean'],
  ['PAK', 'pakistanais', 'Pakistani'],
  ['PHL', 'philippin', 'Filipino'],
  ['SGP', 'singapourien', 'Singaporean'],
  ['LKA', 'sri-lankais', 'Sri Lankan'],
  ['TWN', 'taïwanais', 'Taiwanese'],
  ['TJK', 'tadjik', 'Tajik'],
  ['THA', 'thaïlandais', 'Thai'],
  ['TLS', 'est-timorais', 'East Timorese'],
  ['TKM', 'turkmène', 'Turkmen'],
  ['UZB', 'ouzbek', 'Uzbek'],
  ['VNM', 'vietnamien', 'Vietnamese'],
];

describe('demonyms', () => {
  it.each(DEMONYMS)('names %s by its French demonym %s and its English demonym %s', (id, fr, en) => {
    expect(actorOf(fr)).toBe(id);
    expect(actorOf(en)).toBe(id);
    expect(actorOf(`${en}s`)).toBe(id);
  });

  it('inflects every French demonym in gender and number', () => {
    expect(['malienne', 'maliens', 'maliennes', 'sénégalaise', 'turque', 'grecque', 'afghanes'].map(actorOf)).toEqual([
      'MLI',
      'MLI',
      'MLI',
      'SEN',
      'TUR',
      'GRC',
      'AFG',
    ]);
  });

  it('derives the regular demonyms from a one-word name', () => {
    expect(deriveDemonyms('Ukraine', 'fr')).toContain('ukrainien');
    expect(deriveDemonyms('Guinée', 'fr')).toEqual(['guinéen']);
    expect(deriveDemonyms('Sénégal', 'fr')).toContain('sénégalais');
    expect(deriveDemonyms('Togo', 'fr')).toEqual(['togolais']);
    expect(deriveDemonyms('Rwanda', 'fr')).toContain('rwandais');
    expect(deriveDemonyms('Iran', 'en')).toEqual(['Iranian']);
    expect(deriveDemonyms('Morocco', 'en')).toEqual(['Moroccan']);
    expect(deriveDemonyms('Ukraine', 'en')).toContain('Ukrainian');
    expect(deriveDemonyms('Italy', 'en')).toEqual(['Italian']);
  });

  it('lets a derived guess yield to another country’s own demonym', () => {
    expect(actorOf('Nigerian')).toBe('NGA');
    expect(actorOf('Nigerien')).toBe('NER');
  });
});
