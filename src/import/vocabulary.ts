import { toSpellingKey } from '../text/fold';
import { STATUSES, TRENDS, type Status, type Trend } from '../model/statuses';

/**
 * The words spreadsheets use for each status, trend and sector of the format, in English and
 * French. A value found nowhere here is not guessed: it is listed with its rows for the person
 * to map or leave out.
 */
const STATUS_WORDS: Record<Status, readonly string[]> = {
  active: ['active', 'actif', 'active', 'in place', 'en place', 'ongoing', 'current', 'en vigueur'],
  emerging: ['emerging', 'emergent', 'emergente', 'being set up', 'en cours de mise en place', 'starting', 'naissant', 'naissante'],
  exploring: [
    'exploring',
    'exploration',
    'under discussion',
    'in discussion',
    'discussion',
    'en discussion',
    'en negociation',
    'negotiating',
  ],
  potential: ['potential', 'potentiel', 'potentielle', 'possible', 'envisaged', 'envisage', 'envisagee'],
  ended: ['ended', 'termine', 'terminee', 'fini', 'finie', 'stopped', 'arrete', 'arretee', 'over', 'closed', 'ended by', 'rompu', 'rompue'],
};

const TREND_WORDS: Record<Trend, readonly string[]> = {
  strengthening: ['strengthening', 'growing', 'en renforcement', 'renforcement', 'hausse', 'en hausse'],
  stable: ['stable', 'steady', 'unchanged', 'inchange', 'inchangee'],
  weakening: ['weakening', 'declining', 'en recul', 'recul', 'baisse', 'en baisse', 'affaiblissement'],
};

/** The sectors of the shipped dataset, with their names: a CSV sector that matches one takes its id and both names. */
export const KNOWN_SECTORS = [
  {
    id: 'security',
    name: { fr: 'Sécurité', en: 'Security' },
    words: ['security', 'securite', 'defence', 'defense', 'military', 'militaire'],
  },
  { id: 'energy', name: { fr: 'Énergie', en: 'Energy' }, words: ['energy', 'energie'] },
  { id: 'transport', name: { fr: 'Transport', en: 'Transport' }, words: ['transport', 'transports', 'transportation'] },
  { id: 'agriculture', name: { fr: 'Agriculture', en: 'Agriculture' }, words: ['agriculture', 'farming'] },
  { id: 'education', name: { fr: 'Éducation', en: 'Education' }, words: ['education'] },
] as const;

function index<K extends string>(words: Record<K, readonly string[]>): Map<string, K> {
  return new Map(
    (Object.entries(words) as [K, string[]][]).flatMap(([key, list]) => [
      [key, key],
      ...list.map((w) => [toSpellingKey(w), key] as [string, K]),
    ]),
  );
}

const STATUS_BY_WORD = index(STATUS_WORDS);
const TREND_BY_WORD = index(TREND_WORDS);
const SECTOR_BY_WORD = new Map(
  KNOWN_SECTORS.flatMap((s) => [[s.id, s.id], ...s.words.map((w) => [toSpellingKey(w), s.id])] as [string, string][]),
);

export function matchStatus(value: string): Status | null {
  return STATUS_BY_WORD.get(toSpellingKey(value)) ?? null;
}

export function matchTrend(value: string): Trend | null {
  return TREND_BY_WORD.get(toSpellingKey(value)) ?? null;
}

/** The id of a known sector that the value names, or null. */
export function matchSector(value: string): string | null {
  return SECTOR_BY_WORD.get(toSpellingKey(value)) ?? null;
}

export { STATUSES, TRENDS };
