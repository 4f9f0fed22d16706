// A deterministic generator of datasets in the published format, for the benchmark and the
// large-data tests: the same counts and seed always give the same dataset, byte for byte.
// Plain ESM with JSDoc types, so node runs it and vitest imports it.
import { createRequire } from 'node:module';
import { CAPITALS, ORGANIZATIONS, SECTORS } from './countries.mjs';

const require = createRequire(import.meta.url);
/** @type {{ getName: (code: string, lang: string) => string | undefined }} */
const isoCountries = require('i18n-iso-countries');

/**
 * The sizes the benchmark measures, besides the shipped dataset. `xlarge` (issue 23) is of version
 * 2 only: a version 1 dataset has every partnership the focus's, one per partner and sector, and
 * 999 partners in 24 sectors hold fewer than 50,000. Its focus has a tenth of the ties that are not
 * a partner's first, not half as in the others: Mali would otherwise be tied to nearly every actor
 * in nearly every sector. Its texts are terse (quotes without names or translation, summaries of a
 * sector and a number), so that the file (18.8 MB) stays under the 20 MiB an imported or linked file may weigh (`src/import/limits.ts`).
 * @type {Record<'medium' | 'large' | 'xlarge', { actors: number; partnerships: number; focusShare?: number; terse?: boolean }>}
 */
export const SIZES = {
  medium: { actors: 60, partnerships: 400 },
  large: { actors: 250, partnerships: 5000 },
  xlarge: { actors: 1000, partnerships: 50000, focusShare: 0.1, terse: true },
};
/** The sizes of which `generateDataset` (version 1) can make a dataset. */
export const V1_SIZES = { medium: SIZES.medium, large: SIZES.large };
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

/** Days since 1970-01-01 to an ISO day, and back: dates are drawn as whole days, in UTC. */
const DAY = 86_400_000;
const isoDay = (/** @type {number} */ days) => new Date(days * DAY).toISOString().slice(0, 10);
const FIRST_DAY = Date.UTC(2013, 0, 1) / DAY;
const LAST_DAY = Date.UTC(2024, 1, 28) / DAY;

/**
 * The claims of one generated partnership: a first dated claim, and for some a period, a later
 * change (a stronger status or an end, from another source), a later weaker status from another
 * source (which the dashboard shows as a disagreement), or an undated claim that agrees.
 * A terse claim has no English translation.
 * @param {{ status: (typeof STATUSES)[number]; quote: (status: (typeof STATUSES)[number], k: number) => [string, string]; random: () => number; terse?: boolean }} options
 */
function claimsOf({ status, quote, random, terse = false }) {
  const day = FIRST_DAY + Math.floor(random() * (LAST_DAY - FIRST_DAY));
  const claim = (/** @type {string} */ source, /** @type {(typeof STATUSES)[number]} */ at, /** @type {number | null} */ on, k = 0) => {
    const [fr, en] = quote(at, k);
    return { source, quote: fr, ...(terse ? {} : { translation: { en } }), status: at, ...(on === null ? {} : { date: isoDay(on) }) };
  };
  const first = claim(random() < 0.7 ? 'report' : 'briefing', status, day);
  const roll = random();
  const rank = STATUSES.indexOf(status);
  const later = Math.min(LAST_DAY, day + 30 + Math.floor(random() * 1500));
  if (roll < 0.15 && status !== 'ended') return [{ ...first, endDate: isoDay(later) }];
  if (roll < 0.3) {
    // A change over time: a stronger status, or the end, from the monitor.
    const next = rank > 0 && rank < 4 && random() < 0.6 ? /** @type {(typeof STATUSES)[number]} */ (STATUSES[rank - 1]) : 'ended';
    return next === status ? [first] : [first, claim('monitor', next, later, 1)];
  }
  if (roll < 0.38 && rank < 3) {
    // A later source calling it weaker, without an end: the sources disagree.
    return [first, claim('monitor', /** @type {(typeof STATUSES)[number]} */ (STATUSES[rank + 1]), later, 1)];
  }
  if (roll < 0.42) return [first, claim('archive', status, null, 1)];
  return [first];
}

/**
 * A dataset of the current format (schema version 2), for the benchmark: the actors, sectors and
 * events of `generateDataset`, and `partnerships` partnerships among any two actors. Every actor
 * has a tie with the focus first, so every one is drawn; of the rest, a share `focusShare` (half
 * unless told) are the focus's and the others are between two other actors. Each has dated claims
 * (some over a period, some changing over time, some disagreeing, a few undated), deterministic by
 * seed. Terse, the quotes leave out the two actors' names, the claims their translation, and the
 * summary is the sector and the partnership's number.
 * @param {{ actors: number; partnerships: number; focusShare?: number; terse?: boolean; seed?: number }} options
 */
export function generateClaimsDataset({ actors, partnerships, focusShare = 0.5, terse = false, seed = DEFAULT_SEED }) {
  // The version 1 dataset lends its actors, sectors and events; its own partnerships are not kept,
  // so it is asked for no more than it can hold (one per partner and sector).
  const base = generateDataset({ actors, partnerships: Math.min(partnerships, (actors - 1) * SECTORS.length), seed });
  // A random sequence of its own, so the actors stay those of the version 1 dataset of the same seed.
  const random = seededRandom(seed ^ 0x5bd1e995);
  const focus = base.focus;
  const others = base.actors.slice(1);
  const sectors = base.sectors;
  const names = new Map(base.actors.map((a) => [a.id, a.name]));
  const name = (/** @type {string} */ id, /** @type {'fr' | 'en'} */ lang) =>
    /** @type {{ fr: string; en: string }} */ (names.get(id))[lang];

  /** @type {Map<string, [string, string, (typeof sectors)[number]]>} */
  const chosen = new Map();
  const take = (/** @type {string} */ a, /** @type {string} */ b, /** @type {(typeof sectors)[number]} */ sector) => {
    const key = `${[a, b].sort().join('|')}|${sector.id}`;
    if (a === b || chosen.has(key)) return;
    chosen.set(key, [a, b, sector]);
  };
  for (const other of others) {
    if (chosen.size === partnerships) break;
    take(focus, other.id, pick(sectors, random));
  }
  const capacity = (base.actors.length * (base.actors.length - 1) * sectors.length) / 2;
  if (capacity < partnerships) throw new Error(`${partnerships} partnerships need more actors or sectors`);
  while (chosen.size < partnerships) {
    const b = pick(others, random).id;
    take(random() < focusShare ? focus : pick(others, random).id, b, pick(sectors, random));
  }

  const records = [...chosen.values()].map(([a, b, sector], index) => {
    const status = index < STATUSES.length ? /** @type {(typeof STATUSES)[number]} */ (STATUSES[index]) : pick(STATUSES, random);
    /** @type {(at: (typeof STATUSES)[number], k: number) => [string, string]} */
    const quote = (at, k) => {
      const [fr, en] = PHRASES[at];
      if (terse)
        return [
          `${fr} « ${sector.name.fr.toLowerCase()} » (n° ${index + 1}.${k}).`,
          `${en} "${sector.name.en.toLowerCase()}" (no. ${index + 1}.${k}).`,
        ];
      return [
        `${name(a, 'fr')} et ${name(b, 'fr')} ${fr} « ${sector.name.fr.toLowerCase()} » (n° ${index + 1}.${k}).`,
        `${name(a, 'en')} and ${name(b, 'en')} ${en} "${sector.name.en.toLowerCase()}" (no. ${index + 1}.${k}).`,
      ];
    };
    const trendRoll = random();
    const [summaryFr, summaryEn] = terse
      ? [`${sector.name.fr} (n° ${index + 1})`, `${sector.name.en} (no. ${index + 1})`]
      : quote(status, 0);
    return {
      id: `p-${[a, b].sort().join('-').toLowerCase()}-${sector.id}`,
      actors: /** @type {[string, string]} */ ([a, b]),
      sector: sector.id,
      ...(trendRoll < 0.4 ? { trend: pick(TRENDS, random) } : {}),
      summary: { fr: summaryFr, en: summaryEn },
      evidence: claimsOf({ status, quote, random, terse }),
    };
  });

  return {
    ...base,
    schemaVersion: /** @type {const} */ (2),
    id: `generated-v2-${actors}-${partnerships}-${seed}`,
    sources: [
      ...base.sources,
      { id: 'monitor', title: 'Generated partnership monitor', language: 'en', published: '2024-06-30' },
      {
        id: 'archive',
        title: 'Archives non datées (jeu de données généré)',
        language: 'fr',
        note: { fr: 'Source fictive et sans date.', en: 'A made-up, undated source.' },
      },
    ],
    partnerships: records,
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

/**
 * `node bench/generateDataset.mjs 250 5000 [seed] > file.json` writes the benchmark's dataset
 * (version 2); `--v1` the version 1 one, with every partnership the focus's.
 */
if (import.meta.url === `file://${process.argv[1]}`) {
  const v1 = process.argv.includes('--v1');
  const [actors = '250', partnerships = '5000', seed = String(DEFAULT_SEED)] = process.argv.slice(2).filter((arg) => arg !== '--v1');
  const options = { actors: Number(actors), partnerships: Number(partnerships), seed: Number(seed) };
  process.stdout.write(JSON.stringify(v1 ? generateDataset(options) : generateClaimsDataset(options)));
}
