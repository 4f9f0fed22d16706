/**
 * Short and common forms of country names that `i18n-iso-countries` does not give: the press writes
 * "le Burkina" for Burkina Faso, "la RDC" for the Democratic Republic of the Congo, "les Émirats"
 * for the United Arab Emirates, "la Guinée-Conakry" for Guinea, and the other usual short or older
 * names (Tanzanie, Moldova, Laos, Birmanie / Burma, Swaziland, Macédoine). Names are matched with their capital letter, acronyms with their
 * exact case; an adjective may be written in lower case.
 */
export const SHORT_FORMS: Readonly<Record<string, { names: readonly string[]; adjectives?: readonly string[] }>> = {
  BFA: { names: ['Burkina'] },
  CAF: { names: ['Centrafrique', 'RCA', 'CAR'], adjectives: ['centrafricain'] },
  COD: { names: ['RDC', 'RD Congo', 'DRC', 'DR Congo', 'Congo-Kinshasa'] },
  COG: { names: ['Congo-Brazzaville'] },
  ARE: { names: ['Émirats', 'Emirats', 'Emirates', 'EAU'] },
  TUR: { names: ['Türkiye', 'Turkiye'] },
  USA: { names: ['États-Unis', 'Etats-Unis'] },
  GBR: { names: ['Grande-Bretagne', 'Britain'] },
  SYR: { names: ['Syria'] },
  CZE: { names: ['Tchéquie'] },
  NGA: { names: ['Nigeria'] },
  CIV: { names: ["Côte d'Ivoire", "Cote d'Ivoire"] },
  VAT: { names: ['Vatican'] },
  KOR: { names: ['Corée du Sud', 'South Korea'] },
  GIN: { names: ['Guinée-Conakry', 'Guinée Conakry', 'Guinea-Conakry'] },
  TZA: { names: ['Tanzanie'] },
  MDA: { names: ['Moldova'] },
  LAO: { names: ['Laos'] },
  BLR: { names: ['Bélarus'] },
  SWZ: { names: ['Eswatini', 'Swaziland'] },
  MKD: { names: ['Macédoine', 'Macedonia'] },
  MMR: { names: ['Birmanie', 'Burma'] },
  CPV: { names: ['Cabo Verde'] },
  TLS: { names: ['Timor oriental', 'East Timor'] },
  BRN: { names: ['Brunei', 'Brunéi'] },
  BIH: { names: ['Bosnie', 'Bosnia'] },
  KGZ: { names: ['Kirghizstan'] },
  STP: { names: ['Sao Tomé-et-Principe', 'São Tomé and Príncipe'] },
  PSE: { names: ['Territoires palestiniens', 'Palestinian territories'] },
};
