import type { ArticleLang } from '../types';

/**
 * Demonyms (adjectives and nouns of nationality) that no rule derives from a country's name, by ISO
 * alpha-3 code, in the masculine singular (French forms are inflected by the extractor). The
 * regular ones (Mali → malien / Malian, Algérie → algérien, Kenya → Kenyan, Ukraine → ukrainien,
 * Sénégal → sénégalais, Iran → Iranian) come from `deriveDemonyms`; this table holds the others,
 * for the countries of Africa, the Middle East, Europe and Asia, checked against the usage of
 * the French and English press. The language lexicons may hold more.
 */
export const IRREGULAR_DEMONYMS: Readonly<Record<ArticleLang, Readonly<Record<string, readonly string[]>>>> = {
  fr: {
    // Africa
    BEN: ['béninois'],
    BWA: ['botswanais'],
    LBR: ['libérien'],
    TZA: ['tanzanien'],
    BDI: ['burundais'],
    CPV: ['cap-verdien'],
    COM: ['comorien'],
    GNQ: ['équato-guinéen'],
    ERI: ['érythréen'],
    SWZ: ['swazi', 'eswatinien'],
    GMB: ['gambien'],
    GHA: ['ghanéen'],
    GNB: ['bissau-guinéen'],
    KEN: ['kényan', 'kenyan'],
    LSO: ['lesothien'],
    MDG: ['malgache'],
    MWI: ['malawite', 'malawien'],
    MUS: ['mauricien'],
    MAR: ['marocain'],
    MOZ: ['mozambicain'],
    NGA: ['nigérian', 'nigérians'],
    STP: ['santoméen'],
    SYC: ['seychellois'],
    SLE: ['sierra-léonais', 'sierraléonais'],
    SOM: ['somalien'],
    ZAF: ['sud-africain'],
    SSD: ['sud-soudanais'],
    TGO: ['togolais'],
    ZWE: ['zimbabwéen'],
    CAF: ['centrafricain'],
    CIV: ['ivoirien'],
    BFA: ['burkinabè', 'burkinabé'],
    // The Middle East
    BHR: ['bahreïni', 'bahreïnien'],
    IRQ: ['irakien'],
    ISR: ['israélien'],
    KWT: ['koweïtien'],
    PSE: ['palestinien'],
    QAT: ['qatari', 'qatarien'],
    SAU: ['saoudien'],
    ARE: ['émirati', 'émirien'],
    YEM: ['yéménite'],
    TUR: ['turc'],
    CYP: ['chypriote'],
    // Europe
    ALB: ['albanais'],
    BIH: ['bosnien', 'bosniaque'],
    ISL: ['islandais'],
    BLR: ['biélorusse', 'bélarusse'],
    BEL: ['belge'],
    BGR: ['bulgare'],
    HRV: ['croate'],
    CZE: ['tchèque'],
    DNK: ['danois'],
    FIN: ['finlandais'],
    FRA: ['français'],
    DEU: ['allemand'],
    GRC: ['grec'],
    HUN: ['hongrois'],
    IRL: ['irlandais'],
    LVA: ['letton'],
    LUX: ['luxembourgeois'],
    MLT: ['maltais'],
    MDA: ['moldave'],
    MNE: ['monténégrin'],
    NLD: ['néerlandais', 'hollandais'],
    MKD: ['macédonien', 'nord-macédonien'],
    NOR: ['norvégien'],
    POL: ['polonais'],
    PRT: ['portugais'],
    ROU: ['roumain'],
    RUS: ['russe'],
    SRB: ['serbe'],
    SVK: ['slovaque'],
    SVN: ['slovène'],
    ESP: ['espagnol'],
    SWE: ['suédois'],
    CHE: ['suisse', 'helvétique'],
    GBR: ['britannique'],
    AZE: ['azerbaïdjanais', 'azéri'],
    // Asia
    AFG: ['afghan'],
    BGD: ['bangladais'],
    BRN: ['brunéien'],
    LAO: ['laotien'],
    MDV: ['maldivien'],
    CHN: ['chinois'],
    KAZ: ['kazakh', 'kazakhstanais'],
    KGZ: ['kirghize', 'kirghiz'],
    MYS: ['malaisien'],
    MNG: ['mongol'],
    MMR: ['birman'],
    PRK: ['nord-coréen'],
    KOR: ['sud-coréen'],
    PHL: ['philippin'],
    SGP: ['singapourien'],
    LKA: ['sri-lankais', 'srilankais'],
    TJK: ['tadjik'],
    THA: ['thaïlandais', 'thaï'],
    TLS: ['est-timorais'],
    TKM: ['turkmène'],
    UZB: ['ouzbek', 'ouzbèke'],
    USA: ['américain', 'étasunien'],
  },
  en: {
    // Africa
    BEN: ['Beninese'],
    BWA: ['Botswanan', 'Motswana', 'Batswana'],
    BFA: ['Burkinabe', 'Burkinabè'],
    CPV: ['Cape Verdean'],
    CMR: ['Cameroonian'],
    CAF: ['Central African'],
    TCD: ['Chadian'],
    COM: ['Comorian'],
    GNQ: ['Equatorial Guinean', 'Equatoguinean'],
    ERI: ['Eritrean'],
    SWZ: ['Swazi'],
    GAB: ['Gabonese'],
    GHA: ['Ghanaian'],
    GIN: ['Guinean'],
    GNB: ['Bissau-Guinean'],
    CIV: ['Ivorian'],
    LSO: ['Basotho', 'Mosotho'],
    MDG: ['Malagasy'],
    MOZ: ['Mozambican'],
    MUS: ['Mauritian'],
    MRT: ['Mauritanian'],
    NER: ['Nigerien'],
    NGA: ['Nigerian'],
    SEN: ['Senegalese'],
    SYC: ['Seychellois'],
    SLE: ['Sierra Leonean'],
    SOM: ['Somali'],
    ZAF: ['South African'],
    SSD: ['South Sudanese'],
    SDN: ['Sudanese'],
    TGO: ['Togolese'],
    ZWE: ['Zimbabwean'],
    // The Middle East
    BHR: ['Bahraini'],
    IRQ: ['Iraqi'],
    ISR: ['Israeli'],
    KWT: ['Kuwaiti'],
    LBN: ['Lebanese'],
    OMN: ['Omani'],
    PSE: ['Palestinian'],
    QAT: ['Qatari'],
    SAU: ['Saudi'],
    ARE: ['Emirati'],
    YEM: ['Yemeni'],
    TUR: ['Turkish'],
    CYP: ['Cypriot'],
    // Europe
    BLR: ['Belarusian'],
    BIH: ['Bosnian'],
    MDA: ['Moldovan'],
    BGR: ['Bulgarian'],
    HRV: ['Croatian', 'Croat'],
    CZE: ['Czech'],
    DNK: ['Danish', 'Dane'],
    FIN: ['Finnish', 'Finn'],
    FRA: ['French'],
    DEU: ['German'],
    GRC: ['Greek'],
    ISL: ['Icelandic'],
    IRL: ['Irish'],
    LUX: ['Luxembourgish'],
    MLT: ['Maltese'],
    MNE: ['Montenegrin'],
    NLD: ['Dutch'],
    MKD: ['Macedonian', 'North Macedonian'],
    NOR: ['Norwegian'],
    POL: ['Polish', 'Pole'],
    PRT: ['Portuguese'],
    SRB: ['Serbian', 'Serb'],
    SVK: ['Slovak'],
    SVN: ['Slovenian', 'Slovene'],
    ESP: ['Spanish', 'Spaniard'],
    SWE: ['Swedish', 'Swede'],
    CHE: ['Swiss'],
    GBR: ['British', 'Briton'],
    AZE: ['Azerbaijani', 'Azeri'],
    // Asia
    AFG: ['Afghan'],
    BGD: ['Bangladeshi'],
    BTN: ['Bhutanese'],
    BRN: ['Bruneian'],
    CHN: ['Chinese'],
    JPN: ['Japanese'],
    KAZ: ['Kazakh', 'Kazakhstani'],
    KGZ: ['Kyrgyz'],
    LAO: ['Laotian'],
    MDV: ['Maldivian'],
    MMR: ['Burmese'],
    NPL: ['Nepali', 'Nepalese'],
    PRK: ['North Korean'],
    KOR: ['South Korean'],
    PAK: ['Pakistani'],
    PHL: ['Filipino', 'Philippine'],
    SGP: ['Singaporean'],
    LKA: ['Sri Lankan'],
    TWN: ['Taiwanese'],
    TJK: ['Tajik', 'Tajikistani'],
    THA: ['Thai'],
    TLS: ['East Timorese', 'Timorese'],
    TKM: ['Turkmen'],
    UZB: ['Uzbek'],
    VNM: ['Vietnamese'],
    USA: ['American'],
    // The Americas, where the rules miss.
    CAN: ['Canadian'],
    PER: ['Peruvian'],
  },
};

/**
 * Demonyms that follow from a one-word name by the regular rules of each language, in the
 * masculine singular. French: -ie, -ée, -ye and -i take -en (Algérie → algérien, Guinée → guinéen,
 * Libye → libyen, Mali → malien); a final -e becomes -ien (Ukraine → ukrainien); -a and a final
 * consonant take -ais or -ien (Rwanda → rwandais, Sénégal → sénégalais, Brésil → brésilien); -o
 * takes -lais (Togo → togolais). English: -a takes -n (Kenya → Kenyan), -i -an (Mali → Malian),
 * -o becomes -an (Morocco → Moroccan), -e becomes -ian or takes -an (Ukraine → Ukrainian,
 * Zimbabwe → Zimbabwean), a consonant takes -ian (Iran → Iranian, Brazil → Brazilian), -y becomes
 * -ian (Italy → Italian). A rule that guesses wrong gives a word no text uses, which is harmless;
 * a guess that is another country's demonym (English Niger → "Nigerian") yields to it, see
 * `countryNames.ts`.
 */
export function deriveDemonyms(name: string, lang: ArticleLang): string[] {
  if (!/^\p{L}{4,}$/u.test(name)) return [];
  const n = name.toLowerCase();
  const stem = (k: number) => n.slice(0, n.length - k);
  if (lang === 'fr') {
    if (n.endsWith('ie') || n.endsWith('ée') || n.endsWith('ye')) return [`${stem(1)}en`];
    if (n.endsWith('i')) return [`${n}en`];
    if (n.endsWith('e')) return [`${stem(1)}ien`];
    if (n.endsWith('a')) return [`${stem(1)}ais`, `${stem(1)}ien`];
    if (n.endsWith('o')) return [`${n}lais`];
    if (/[bcdfghjklmnpqrstvwxzëï]$/u.test(n)) return [`${n}ais`, `${n}ien`];
    return [];
  }
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  if (n.endsWith('a')) return [cap(`${n}n`)];
  if (n.endsWith('i')) return [cap(`${n}an`)];
  if (n.endsWith('o')) return [cap(`${stem(1)}an`)];
  if (n.endsWith('e')) return [cap(`${stem(1)}ian`), cap(`${n}an`)];
  if (n.endsWith('y')) return [cap(`${stem(1)}ian`)];
  if (/[bcdfghjklmnpqrstvwxz]$/.test(n)) return [cap(`${n}ian`)];
  return [];
}
