/**
 * What French grammar needs to know of each country's name, keyed by ISO 3166 alpha-3 code, for
 * every country of the country-name library (`i18n-iso-countries`): whether the name takes an
 * article ("le Mali", but "Cuba"), and the article's gender and number ("la Russie", "les
 * États-Unis"). Whether the article elides ("l'Ukraine", "d'Haïti") is read from the name's first
 * letter, since a dataset may write a name in a longer or shorter form than the library does.
 * The common short name decides: "le Congo" for COG, although "la République du Congo" is a
 * republic (a name that starts with such a word is read by its first word: see `frenchNames`).
 */
export type CountryGrammar = { article: false } | { article: true; gender: 'm' | 'f'; plural: boolean };

/** Le Mali, du Mali; l'Iran, de l'Iran. */
const MASCULINE = `
  AFG AGO AZE BDI BEN BFA BGD BLZ BRA BRN BTN BWA CAF CAN CHL CMR COG CPV CRI DNK ECU ESH GAB GBR
  GHA GRL GTM GUY HND IOT IRN IRQ JPN KAZ KEN KGZ KHM KWT LAO LBN LBR LIE LKA LSO LUX MAR MEX MLI
  MMR MNE MOZ MWI NER NGA NIC NPL PAK PAN PER PRT PRY QAT RWA SDN SEN SJM SLV SSD SUR SWZ TCD TGO
  TJK TKM TLS UGA URY UZB VAT VEN VNM VUT XKK YEM ZWE`;

/** La Russie, de la Russie; l'Ukraine, de l'Ukraine. */
const FEMININE = `
  ALB AND ARG ARM ATA AUS AUT BEL BGR BIH BLR BOL BRB BVT CHE CHN CIV COD COL CXR CZE DEU DMA DOM
  DZA EGY ERI ESP EST ETH FIN FRA FSM GEO GIN GLP GMB GNB GNQ GRC GRD GUF HRV HUN IDN IMN IND IRL
  ISL ITA JAM JOR KOR LBY LTU LVA MDA MKD MNG MRT MTQ MYS NAM NCL NFK NOR NZL PNG POL PRK PSE PYF
  REU ROU RUS SAU SGS SLE SOM SRB SVK SVN SWE SYR THA TUN TUR TZA UKR ZAF ZMB`;

/** Les États-Unis, des États-Unis. */
const MASCULINE_PLURAL = 'ARE NLD USA';

/** Les Philippines, des Philippines. */
const FEMININE_PLURAL = `
  ASM ATF BHS BMU CCK COK COM CYM FJI FLK FRO HMD MDV MHL MNP PCN PHL SLB SYC TCA UMI VGB VIR`;

/** Cuba, de Cuba; Haïti, d'Haïti: islands and cities mostly, named without an article. */
const NO_ARTICLE = `
  ABW AIA ALA ATG BES BHR BLM CUB CUW CYP DJI GGY GIB GUM HKG HTI ISR JEY KIR KNA LCA MAC MAF MCO
  MDG MLT MSR MUS MYT NIU NRU OMN PLW PRI SGP SHN SMR SPM STP SXM TKL TON TTO TUV TWN VCT WLF WSM`;

/**
 * Haïti is the one country name whose h is mute ("d'Haïti"); the others' is aspirated ("du
 * Honduras", "de la Hongrie", "de Hong Kong").
 */
export const MUTE_H: ReadonlySet<string> = new Set(['HTI']);

function entries(codes: string, grammar: CountryGrammar): [string, CountryGrammar][] {
  return codes
    .trim()
    .split(/\s+/)
    .map((code) => [code, grammar]);
}

export const COUNTRY_GRAMMAR: ReadonlyMap<string, CountryGrammar> = new Map([
  ...entries(MASCULINE, { article: true, gender: 'm', plural: false }),
  ...entries(FEMININE, { article: true, gender: 'f', plural: false }),
  ...entries(MASCULINE_PLURAL, { article: true, gender: 'm', plural: true }),
  ...entries(FEMININE_PLURAL, { article: true, gender: 'f', plural: true }),
  ...entries(NO_ARTICLE, { article: false }),
]);
