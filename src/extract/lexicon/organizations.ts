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
 * The international organizations a draft recognises. A UN mission (MINUSMA, MONUSCO...) stands for
 * the UN, since the mission is the UN acting in a country. A name followed by its acronym in
 * parentheses counts once (see `findNamedActors.ts`).
 */
export const ORGANIZATIONS: readonly OrganizationEntry[] = [
  {
    id: 'UN',
    name: { fr: 'Nations unies', en: 'United Nations' },
    aliases: ['Nations unies', 'Organisation des Nations unies', 'ONU', 'United Nations', 'UN', 'MINUSMA', 'MONUSCO', 'MINUSCA'],
    adjectives: { fr: ['onusien'], en: [] },
    location: { lat: 40.749, lon: -73.968 },
  },
  {
    id: 'AU',
    name: { fr: 'Union africaine', en: 'African Union' },
    aliases: ['Union africaine', 'UA', 'African Union', 'AU'],
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
    aliases: ['Union européenne', 'UE', 'European Union', 'EU'],
    adjectives: { fr: [], en: [] },
    location: { lat: 50.844, lon: 4.383 },
  },
  {
    id: 'NATO',
    name: { fr: 'OTAN', en: 'NATO' },
    aliases: ["Organisation du traité de l'Atlantique nord", 'OTAN', 'North Atlantic Treaty Organization', 'NATO'],
    adjectives: { fr: [], en: [] },
    location: { lat: 50.879, lon: 4.426 },
  },
  {
    id: 'AES',
    name: { fr: 'Alliance des États du Sahel', en: 'Alliance of Sahel States' },
    aliases: ['Alliance des États du Sahel', 'AES', 'Alliance of Sahel States', 'Confédération des États du Sahel'],
    adjectives: { fr: [], en: [] },
    location: { lat: 12.639, lon: -8.003 },
    members: ['MLI', 'BFA', 'NER'],
  },
];
