import type { LocalizedJson } from '../../data/schema';

export interface OrganizationEntry {
  id: string;
  name: LocalizedJson;
  /** Names and acronyms in any language; acronyms of four letters or fewer match their case exactly. */
  aliases: readonly string[];
  /** Adjectives, in base form (French ones are inflected by the extractor). */
  adjectives: { fr: readonly string[]; en: readonly string[] };
  /** Headquarters, for the map. */
  location: { lat: number; lon: number };
  /**
   * Member states, for a small alliance whose members the press names as a group ("les pays de
   * l'AES"). Large bodies have none here: "ECOWAS countries" rarely means every one of them.
   */
  members?: readonly string[];
}

/**
 * Forces and operations that act for a state or a body: a draft reads them as that actor, as an
 * analyst does (Wagner and the Africa Corps for Russia, Barkhane for France).
 */
export const FORCES: readonly { actorId: string; aliases: readonly string[] }[] = [
  { actorId: 'RUS', aliases: ['Wagner', 'Africa Corps', 'Afrika Korps'] },
  { actorId: 'FRA', aliases: ['Barkhane', 'Serval', 'Sabre', 'Takuba'] },
  { actorId: 'EU', aliases: ['EUTM Mali', 'EUCAP Sahel', 'EUTM'] },
  { actorId: 'USA', aliases: ['AFRICOM', 'Africom'] },
];

/**
 * Armed groups: no actor of a draft (they are not partners), but their names are not people's
 * names either, so the people finder leaves them alone.
 */
export const ARMED_GROUPS: readonly string[] = [
  'JNIM',
  'GSIM',
  'EIGS',
  'ISGS',
  'EIS',
  'ISWAP',
  'Boko Haram',
  'Al-Qaïda',
  'Al-Qaida',
  'Al-Qaeda',
  'Al Qaeda',
  'État islamique',
  'Etat islamique',
  'Islamic State',
  "Groupe de soutien à l'islam et aux musulmans",
  'Group for the Support of Islam and Muslims',
  'Ansarul Islam',
  'Katiba Macina',
];

/**
 * The international organizations a draft recognises, with their names and acronyms in French and
 * English. A UN mission (MINUSMA, MONUSCO...) or a UN agency, fund or programme (HCR / UNHCR, PAM /
 * WFP, UNICEF, OMS / WHO...) stands for the UN, since it is the UN acting in a country; the Bretton
 * Woods institutions, the regional banks and communities and the other bodies of world politics
 * are actors of their own. A name followed by its acronym in
 * parentheses counts once (see `findNamedActors.ts`).
 */
export const ORGANIZATIONS: readonly OrganizationEntry[] = [
  {
    id: 'UN',
    name: { fr: 'Nations unies', en: 'United Nations' },
    aliases: [
      'Nations unies',
      'Nations Unies',
      'Organisation des Nations unies',
      'ONU',
      'United Nations',
      'UN',
      'U.N.',
      // Missions.
      'MINUSMA',
      'MONUSCO',
      'MINUSCA',
      'MINUSS',
      'UNMISS',
      'MINURSO',
      'FINUL',
      'UNIFIL',
      'MANUL',
      'UNSMIL',
      'UNITAMS',
      // Agencies, funds and programmes.
      'HCR',
      'UNHCR',
      'Haut-Commissariat des Nations unies pour les réfugiés',
      'Haut-Commissariat aux réfugiés',
      'UN Refugee Agency',
      'PAM',
      'WFP',
      'Programme alimentaire mondial',
      'World Food Programme',
      'UNICEF',
      'Unicef',
      'OMS',
      'WHO',
      'Organisation mondiale de la santé',
      'World Health Organization',
      'PNUD',
      'UNDP',
      'Programme des Nations unies pour le développement',
      'United Nations Development Programme',
      'FAO',
      'OCHA',
      'UNESCO',
      'Unesco',
      'OIM',
      'IOM',
      'Organisation internationale pour les migrations',
      'International Organization for Migration',
      'AIEA',
      'IAEA',
      "Agence internationale de l'énergie atomique",
      'International Atomic Energy Agency',
      'FIDA',
      'IFAD',
      'UNFPA',
      'ONU Femmes',
      'UN Women',
    ],
    adjectives: { fr: ['onusien'], en: [] },
    location: { lat: 40.749, lon: -73.968 },
  },
  {
    id: 'AU',
    name: { fr: 'Union africaine', en: 'African Union' },
    aliases: ['Union africaine', 'UA', 'African Union', 'AU', "Commission de l'Union africaine", 'African Union Commission'],
    adjectives: { fr: [], en: [] },
    location: { lat: 9.005, lon: 38.763 },
  },
  {
    id: 'ECOWAS',
    name: { fr: 'CEDEAO', en: 'ECOWAS' },
    aliases: ["Communauté économique des États de l'Afrique de l'Ouest", 'CEDEAO', 'Economic Community of West African States', 'ECOWAS'],
    adjectives: { fr: [], en: [] },
    location: { lat: 9.057, lon: 7.489 },
  },
  {
    id: 'EU',
    name: { fr: 'Union européenne', en: 'European Union' },
    aliases: ['Union européenne', 'UE', 'European Union', 'EU', 'Commission européenne', 'European Commission', 'E.U.'],
    adjectives: { fr: [], en: [] },
    location: { lat: 50.844, lon: 4.383 },
  },
  {
    id: 'NATO',
    name: { fr: 'OTAN', en: 'NATO' },
    aliases: ["Organisation du traité de l'Atlantique nord", 'OTAN', 'North Atlantic Treaty Organization', 'NATO'],
    adjectives: { fr: ['otanien'], en: [] },
    location: { lat: 50.879, lon: 4.426 },
  },
  {
    id: 'AES',
    name: { fr: 'Alliance des États du Sahel', en: 'Alliance of Sahel States' },
    aliases: [
      'Alliance des États du Sahel',
      'AES',
      'Alliance of Sahel States',
      'Confédération des États du Sahel',
      'Confederation of Sahel States',
    ],
    adjectives: { fr: [], en: [] },
    location: { lat: 12.639, lon: -8.003 },
    members: ['MLI', 'BFA', 'NER'],
  },
  {
    id: 'IMF',
    name: { fr: 'Fonds monétaire international', en: 'International Monetary Fund' },
    aliases: ['Fonds monétaire international', 'FMI', 'International Monetary Fund', 'IMF'],
    adjectives: { fr: [], en: [] },
    location: { lat: 38.899, lon: -77.044 },
  },
  {
    id: 'WORLD_BANK',
    name: { fr: 'Banque mondiale', en: 'World Bank' },
    aliases: ['Banque mondiale', 'Groupe de la Banque mondiale', 'World Bank', 'World Bank Group'],
    adjectives: { fr: [], en: [] },
    location: { lat: 38.899, lon: -77.042 },
  },
  {
    id: 'AFDB',
    name: { fr: 'Banque africaine de développement', en: 'African Development Bank' },
    aliases: ['Banque africaine de développement', 'BAD', 'BafD', 'African Development Bank', 'AfDB'],
    adjectives: { fr: [], en: [] },
    location: { lat: 5.322, lon: -4.019 },
  },
  {
    id: 'OPEC',
    name: { fr: 'OPEP', en: 'OPEC' },
    aliases: [
      'Organisation des pays exportateurs de pétrole',
      'OPEP',
      'Organization of the Petroleum Exporting Countries',
      'OPEC',
      'OPEP+',
      'OPEC+',
    ],
    adjectives: { fr: [], en: [] },
    location: { lat: 48.215, lon: 16.366 },
  },
  {
    id: 'BRICS',
    name: { fr: 'BRICS', en: 'BRICS' },
    aliases: ['BRICS'],
    adjectives: { fr: [], en: [] },
    location: { lat: 31.23, lon: 121.47 },
  },
  {
    id: 'G5_SAHEL',
    name: { fr: 'G5 Sahel', en: 'G5 Sahel' },
    aliases: ['G5 Sahel', 'G5-Sahel', 'Force conjointe du G5 Sahel', 'G5 Sahel Joint Force'],
    adjectives: { fr: [], en: [] },
    location: { lat: 18.086, lon: -15.975 },
  },
  {
    id: 'ARAB_LEAGUE',
    name: { fr: 'Ligue arabe', en: 'Arab League' },
    aliases: ['Ligue arabe', 'Ligue des États arabes', 'Arab League', 'League of Arab States'],
    adjectives: { fr: [], en: [] },
    location: { lat: 30.045, lon: 31.235 },
  },
  {
    id: 'GCC',
    name: { fr: 'Conseil de coopération du Golfe', en: 'Gulf Cooperation Council' },
    aliases: ['Conseil de coopération du Golfe', 'CCG', 'Gulf Cooperation Council', 'GCC'],
    adjectives: { fr: [], en: [] },
    location: { lat: 24.689, lon: 46.722 },
  },
  {
    id: 'SCO',
    name: { fr: 'Organisation de coopération de Shanghai', en: 'Shanghai Cooperation Organisation' },
    aliases: [
      'Organisation de coopération de Shanghai',
      'OCS',
      'Shanghai Cooperation Organisation',
      'Shanghai Cooperation Organization',
      'SCO',
    ],
    adjectives: { fr: [], en: [] },
    location: { lat: 39.93, lon: 116.43 },
  },
  {
    id: 'INTERPOL',
    name: { fr: 'Interpol', en: 'Interpol' },
    aliases: ['Interpol', 'INTERPOL', 'Organisation internationale de police criminelle'],
    adjectives: { fr: [], en: [] },
    location: { lat: 45.782, lon: 4.849 },
  },
  {
    id: 'WAEMU',
    name: { fr: 'UEMOA', en: 'WAEMU' },
    aliases: ['Union économique et monétaire ouest-africaine', 'UEMOA', 'West African Economic and Monetary Union', 'WAEMU'],
    adjectives: { fr: [], en: [] },
    location: { lat: 12.371, lon: -1.52 },
  },
  {
    id: 'ECCAS',
    name: { fr: 'CEEAC', en: 'ECCAS' },
    aliases: ["Communauté économique des États de l'Afrique centrale", 'CEEAC', 'Economic Community of Central African States', 'ECCAS'],
    adjectives: { fr: [], en: [] },
    location: { lat: 0.39, lon: 9.454 },
  },
  {
    id: 'SADC',
    name: { fr: 'SADC', en: 'SADC' },
    aliases: ["Communauté de développement d'Afrique australe", 'SADC', 'Southern African Development Community'],
    adjectives: { fr: [], en: [] },
    location: { lat: -24.654, lon: 25.908 },
  },
  {
    id: 'IGAD',
    name: { fr: 'IGAD', en: 'IGAD' },
    aliases: ['Autorité intergouvernementale pour le développement', 'IGAD', 'Intergovernmental Authority on Development'],
    adjectives: { fr: [], en: [] },
    location: { lat: 11.588, lon: 43.145 },
  },
  {
    id: 'OIC',
    name: { fr: 'Organisation de la coopération islamique', en: 'Organisation of Islamic Cooperation' },
    aliases: [
      'Organisation de la coopération islamique',
      'OCI',
      'Organisation of Islamic Cooperation',
      'Organization of Islamic Cooperation',
      'OIC',
    ],
    adjectives: { fr: [], en: [] },
    location: { lat: 21.543, lon: 39.173 },
  },
  {
    id: 'OIF',
    name: { fr: 'Organisation internationale de la Francophonie', en: 'International Organisation of La Francophonie' },
    aliases: ['Organisation internationale de la Francophonie', 'OIF', 'Francophonie', 'International Organisation of La Francophonie'],
    adjectives: { fr: [], en: [] },
    location: { lat: 48.851, lon: 2.305 },
  },
];
