// A deterministic generator of datasets in the published format, for the benchmark and the
// large-data tests: the same counts and seed always give the same dataset, byte for byte.
// Plain ESM with JSDoc types, so node runs it and vitest imports it.
import { createRequire } from 'node:module';
import { CAPITALS, ORGANIZATIONS, SECTORS } from './countries.mjs';

const require = createRequire(import.meta.url);
/** @type {{ getName: (code: string, lang: string) => string | undefined }} */
const isoCountries = require('i18n-iso-countries');

/** The two sizes the benchmark measures, besides the shipped dataset. */
export const SIZES = {
  medium: { actors: 60, partnerships: 400 },
  large: { actors: 250, partnerships: 5000 },
};
export const DEFAULT_SEED = 20240228;

const STATUSES = /** @type {const} */ (['active', 'emerging', 'exploring', 'potential', 'ended']);
const TRENDS = /** @type {const} */ (['strengthening', 'stable', 'weakening']);
const FOCUS = 'MLI';

/**
 * mulberry32: a small seeded PRNG with a 2^32 period, plenty for shuffling a few thousand records.
 * @param {number} seed
 * @returns {() => number} a function that returns numbers in [0, 1)
 */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @template T
 * @param {T[]} items
 * @param {() => number} random
 * @returns {T[]} a shuffled copy (Fisher-Yates)
 */
function shuffled(items, random) {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [/** @type {T} */ (out[j]), /** @type {T} */ (out[i])];
  }
  return out;
}

/**
 * @template T
 * @param {readonly T[]} items
 * @param {() => number} random
 * @returns {T}
 */
const pick = (items, random) => /** @type {T} */ (items[Math.floor(random() * items.length)]);

const FIRST = [
  'Amadou',
  'Fatoumata',
  'Ibrahim',
  'Aminata',
  'Moussa',
  'Mariam',
  'Oumar',
  'Awa',
  'Sergueï',
  'Elena',
  'Li',
  'Mei',
  'Carlos',
  'Ana',
  'Hans',
  'Ingrid',
  'Kofi',
  'Ama',
  'Yusuf',
  'Leila',
  'Jean',
  'Claire',
  'Ravi',
  'Priya',
];
const LAST = [
  'Traoré',
  'Diallo',
  'Keïta',
  'Coulibaly',
  'Ivanov',
  'Petrova',
  'Wang',
  'Zhang',
  'Silva',
  'Costa',
  'Müller',
  'Larsen',
  'Mensah',
  'Owusu',
  'Demir',
  'Haddad',
  'Martin',
  'Dubois',
  'Sharma',
  'Patel',
];
const ROLES = [
  ['Ministre des Affaires étrangères', 'Minister of Foreign Affairs'],
  ['Ministre de la Défense', 'Minister of Defence'],
  ['Ministre de l\u2019Énergie', 'Minister of Energy'],
  ['Ambassadeur', 'Ambassador'],
  ['Ministre du Commerce', 'Minister of Trade'],
];

/** French and English sentences per status: the quote a report might hold, and its translation. */
const PHRASES = {
  active: ['coopèrent activement dans le domaine', 'actively cooperate in the field of'],
  emerging: ['sont en train d\u2019engager une coopération dans le domaine', 'are starting to cooperate in the field of'],
  exploring: ['ont discuté de nouvelles opportunités dans le domaine', 'discussed new opportunities in the field of'],
  potential: ['pourraient devenir partenaires dans le domaine', 'could become partners in the field of'],
  ended: ['ont mis fin à leur coopération dans le domaine', 'ended their cooperation in the field of'],
};

/**
 * Builds a dataset in the published format (schema version 1) with `actors` actors (the focus,
 * Mali, included) and `partnerships` partnerships, each between the focus and another actor, as
 * the format asks. Its sources have no full text, so the quotes are not checked against one.
 * @param {{ actors: number; partnerships: number; seed?: number }} options
 */
export function generateDataset({ actors, partnerships, seed = DEFAULT_SEED }) {
  const random = seededRandom(seed);
  if (actors < 2) throw new Error('a dataset needs the focus and at least one partner');

  // Organizations and people take a tenth and a sixth or so; countries the rest, up to what exists.
  const orgCount = Math.min(ORGANIZATIONS.length, Math.floor(actors * 0.1));
  const countryCount = Math.min(CAPITALS.length, actors - orgCount - Math.floor(actors * 0.15));
  const personCount = actors - orgCount - countryCount;
  if (countryCount < 1) throw new Error('too few actors');

  const focusCapital = /** @type {(typeof CAPITALS)[number]} */ (CAPITALS.find((c) => c.iso3 === FOCUS));
  const countries = [
    focusCapital,
    ...shuffled(
      CAPITALS.filter((c) => c.iso3 !== FOCUS),
      random,
    ).slice(0, countryCount - 1),
  ];
  const countryActors = countries.map((c) => ({
    id: c.iso3,
    kind: /** @type {const} */ ('country'),
    name: { fr: countryName(c.iso3, 'fr'), en: countryName(c.iso3, 'en') },
    iso3: c.iso3,
    location: { lat: c.lat, lon: c.lon },
  }));
  const orgActors = shuffled(ORGANIZATIONS, random)
    .slice(0, orgCount)
    .map((o) => ({
      id: o.id,
      kind: /** @type {const} */ ('organization'),
      name: { fr: o.fr, en: o.en },
      location: { lat: o.lat, lon: o.lon },
    }));
  const personActors = Array.from({ length: personCount }, (_, i) => {
    const country = pick(countryActors, random);
    const name = `${pick(FIRST, random)} ${pick(LAST, random)}`;
    const [roleFr, roleEn] = /** @type {[string, string]} */ (pick(ROLES, random));
    return {
      id: `person-${String(i + 1).padStart(3, '0')}`,
      kind: /** @type {const} */ ('person'),
      name: { fr: name, en: name },
      memberOf: country.id,
      role: { fr: `${roleFr} (${country.name.fr})`, en: `${roleEn} (${country.name.en})` },
    };
  });
  const allActors = [...countryActors, ...orgActors, ...personActors];
  const partners = allActors.slice(1);

  // Enough sectors for the pairs asked (the shipped five at least), with room to choose from.
  const sectorCount = Math.min(SECTORS.length, Math.max(5, Math.ceil((partnerships / partners.length) * 1.25)));
  const sectors = SECTORS.slice(0, sectorCount);
  if (partners.length * sectors.length < partnerships) {
    throw new Error(`${partnerships} partnerships need more than ${partners.length} partners x ${sectors.length} sectors`);
  }

  // Every partner gets one partnership first, so every actor is drawn; the rest are drawn at random
  // among the pairs of partner and sector that are left.
  /** @type {[number, number][]} */
  const chosen = [];
  const taken = new Set();
  for (const [i] of partners.entries()) {
    if (chosen.length === partnerships) break;
    const s = Math.floor(random() * sectors.length);
    chosen.push([i, s]);
    taken.add(i * sectors.length + s);
  }
  /** @type {number[]} */
  const rest = [];
  for (let k = 0; k < partners.length * sectors.length; k += 1) if (!taken.has(k)) rest.push(k);
  for (const k of shuffled(rest, random).slice(0, partnerships - chosen.length)) {
    chosen.push([Math.floor(k / sectors.length), k % sectors.length]);
  }

  const sources = [
    {
      id: 'report',
      title: 'Rapport annuel sur les partenariats (jeu de données généré)',
      language: 'fr',
      published: '2024-03-01',
      note: { fr: 'Source fictive, générée pour mesurer les performances.', en: 'A made-up source, generated to measure performance.' },
    },
    { id: 'briefing', title: 'Generated press briefing', language: 'en', published: '2024-02-28' },
  ];

  const focus = /** @type {(typeof countryActors)[number]} */ (countryActors[0]);
  const records = chosen.map(([p, s], index) => {
    const partner = /** @type {(typeof allActors)[number]} */ (partners[p]);
    const sector = /** @type {(typeof SECTORS)[number]} */ (sectors[s]);
    // Cycles through the statuses so each appears, with a random part so the mix is not a pattern.
    const status = index < STATUSES.length ? /** @type {(typeof STATUSES)[number]} */ (STATUSES[index]) : pick(STATUSES, random);
    const [fr, en] = PHRASES[status];
    const quote = `${focus.name.fr} et ${partner.name.fr} ${fr} « ${sector.name.fr.toLowerCase()} » (n° ${index + 1}).`;
    const translation = `${focus.name.en} and ${partner.name.en} ${en} "${sector.name.en.toLowerCase()}" (no. ${index + 1}).`;
    const trendRoll = random();
    return {
      id: `p-${partner.id.toLowerCase()}-${sector.id}`,
      actors: /** @type {[string, string]} */ ([focus.id, partner.id]),
      sector: sector.id,
      status,
      ...(trendRoll < 0.4 ? { trend: pick(TRENDS, random) } : {}),
      summary: { fr: quote, en: translation },
      evidence: [{ source: random() < 0.7 ? 'report' : 'briefing', quote, translation: { en: translation } }],
    };
  });

  const eventCount = Math.min(40, Math.ceil(partnerships / 100));
  const events = Array.from({ length: eventCount }, (_, i) => {
    const partner = pick(partners, random);
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(random() * 1500) * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `event-${i + 1}`,
      date: day,
      title: { fr: `Rencontre avec ${partner.name.fr}`, en: `Meeting with ${partner.name.en}` },
      actors: [focus.id, partner.id],
      evidence: [{ source: 'briefing' }],
    };
  });

  return {
    schemaVersion: /** @type {const} */ (1),
    id: `generated-${actors}-${partnerships}-${seed}`,
    title: {
      fr: `Partenariats générés (${actors} acteurs, ${partnerships} partenariats)`,
      en: `Generated partnerships (${actors} actors, ${partnerships} partnerships)`,
    },
    description: {
      fr: 'Jeu de données fictif, généré de façon déterministe pour les mesures de performance.',
      en: 'A made-up dataset, generated deterministically for performance measurements.',
    },
    focus: focus.id,
    sources,
    actors: allActors,
    sectors,
    partnerships: records,
    events,
  };
}

/**
 * @param {string} iso3
 * @param {'fr' | 'en'} lang
 */
function countryName(iso3, lang) {
  const name = isoCountries.getName(iso3, lang);
  if (!name) throw new Error(`no ${lang} name for ${iso3}`);
  return name;
}

/** `node bench/generateDataset.mjs 250 5000 [seed] > file.json` writes a dataset. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const [actors = '250', partnerships = '5000', seed = String(DEFAULT_SEED)] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(generateDataset({ actors: Number(actors), partnerships: Number(partnerships), seed: Number(seed) })));
}
