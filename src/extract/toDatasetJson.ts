import type { ActorJson, DatasetJson, EvidenceJsonV1, LocalizedJson, PartnershipJson } from '../data/schema';
import { fr as frMessages } from '../i18n/fr';
import { en as enMessages } from '../i18n/en';
import { firstDay } from './dates/calendar';
import { SECTOR_NAMES } from './lexicon/sectors';
import type { Candidate, Draft, DraftActor } from './types';
import type { Status } from '../model/statuses';

/**
 * A partnership a person accepted: the two actors, the sector and status they settled on, and its
 * sentences, each with the status it states (evidence may disagree: a deployment, and a rumour of more).
 */
export interface AcceptedPartnership {
  actors: readonly [string, string];
  sector: string;
  status: Status;
  /** Its sentences, each with the status it states and the date it speaks of (`2024`, `2024-09`, `2024-09-16`) where it gives one. */
  evidence: readonly { sentence: number; status: Status; date?: string | undefined }[];
}

/** Every candidate taken as the extractor proposed it, for a draft no person reviews. */
export function asProposed(candidates: readonly Candidate[]): AcceptedPartnership[] {
  return candidates.map((c) => ({
    actors: c.actors,
    sector: c.sector,
    status: c.status,
    evidence: c.evidence.map((e) => ({ sentence: e.sentence, status: e.status, date: e.date?.value })),
  }));
}

export interface PublishInput {
  draft: Draft;
  focus: string;
  accepted: readonly AcceptedPartnership[];
  /** The people a person chose to keep. */
  people: readonly string[];
  /** Map places for countries, by id, where known. */
  locations: ReadonlyMap<string, { lat: number; lon: number }>;
  /** The path the source text is published under, relative to the dataset; none when it has no known place. */
  textPath?: string;
  /** The article's date, the source's `published`. */
  published?: string;
  /** False for a draft no person has reviewed (every candidate taken as proposed); the description says so. */
  reviewed?: boolean;
}

export const SOURCE_ID = 'article';

const REVIEWED: LocalizedJson = {
  fr: 'Brouillon tiré d’un article et relu par une personne ; chaque partenariat cite ses phrases.',
  en: 'Drafted from an article and reviewed by a person; each partnership quotes its sentences.',
};
const UNREVIEWED: LocalizedJson = {
  fr: 'Brouillon tiré d’un article, non relu : chaque partenariat est une proposition de l’outil, avec ses phrases, qu’une personne doit encore vérifier.',
  en: 'Drafted from an article, not reviewed: each partnership is the tool’s proposal, with its sentences, still to be checked by a person.',
};

/**
 * Turns a draft, reviewed or taken as proposed, into the published format. Quotes are whole
 * sentences copied from the article, so they are verbatim by construction; their English
 * translation, which an offline tool cannot write, is the original marked as untranslated until
 * a person supplies one.
 */
export function toDatasetJson(input: PublishInput): DatasetJson {
  const { draft, focus } = input;
  const actorOf = new Map(draft.actors.map((a) => [a.id, a]));
  const quote = (sentence: number): EvidenceJsonV1 => {
    const text = draft.sentences[sentence]!.text;
    return { source: SOURCE_ID, quote: text, translation: { en: draft.lang === 'en' ? text : `[${draft.lang}] ${text}` } };
  };
  const name = (id: string): LocalizedJson => actorOf.get(id)?.name ?? { fr: id, en: id };

  const partnerships: PartnershipJson[] = input.accepted.map((p) => {
    const sector = SECTOR_NAMES[p.sector] ?? { fr: p.sector, en: p.sector };
    const [a, b] = p.actors;
    // One quote per sentence and status: a sentence that states two statuses (in two clauses) says both.
    const evidence = [...new Map(p.evidence.map((e) => [`${e.sentence}|${e.status}`, e])).values()].sort(
      (x, y) => x.sentence - y.sentence || (x.status === p.status ? -1 : y.status === p.status ? 1 : 0),
    );
    return {
      id: `${a}-${b}-${p.sector}`.toLowerCase().replace(/[^a-z0-9_-]/g, ''),
      actors: [a, b],
      sector: p.sector,
      summary: {
        fr: `${name(a).fr} – ${name(b).fr}, ${sector.fr.toLocaleLowerCase('fr')} : ${frMessages.statuses[p.status]} (brouillon tiré de l’article).`,
        en: `${name(a).en} – ${name(b).en}, ${sector.en.toLocaleLowerCase('en')}: ${enMessages.statuses[p.status]} (drafted from the article).`,
      },
      evidence: evidence.map((e) => ({ ...quote(e.sentence), status: e.status, ...claimDate(e.date) })),
    };
  });

  const used = new Set([focus, ...input.accepted.flatMap((p) => p.actors)]);
  const keptPeople = input.people.map((id) => actorOf.get(id)).filter((a): a is DraftActor => a?.kind === 'person');
  const actors: ActorJson[] = [...used].map((id) => toActorJson(actorOf.get(id), id, input.locations));
  for (const person of keptPeople) {
    const first = person.mentions[0];
    actors.push({
      id: person.id,
      kind: 'person',
      name: person.name,
      ...(person.memberOf && used.has(person.memberOf) ? { memberOf: person.memberOf } : {}),
      role: { fr: person.role ?? '?', en: person.role ?? '?' },
      ...(first ? { evidence: [quote(first.sentence)] } : {}),
    });
  }
  const sectorIds = [...new Set(input.accepted.map((p) => p.sector))];
  const title = draft.sentences[0]?.text.slice(0, 200) ?? 'Article';
  return {
    schemaVersion: 2,
    id: `${focus.toLowerCase()}-partnerships-draft`,
    title: { fr: `Les partenariats : ${name(focus).fr}`, en: `Partnerships: ${name(focus).en}` },
    description: input.reviewed === false ? UNREVIEWED : REVIEWED,
    focus,
    sources: [
      {
        id: SOURCE_ID,
        title,
        language: draft.lang,
        ...(input.published ? { published: input.published } : {}),
        ...(input.textPath ? { text: input.textPath } : {}),
      },
    ],
    actors,
    sectors: sectorIds.map((id) => ({ id, name: SECTOR_NAMES[id] ?? { fr: id, en: id } })),
    partnerships,
    events: [],
  };
}

/**
 * A claim's `date` in the published format: the day its sentence speaks of, or the first day of the
 * month or year it speaks of. No `endDate`: the format would read the day after it as an ending.
 * A sentence that gives no date leaves the claim to its source's `published` date.
 */
function claimDate(value: string | undefined): { date?: string } {
  const date = value === undefined ? undefined : firstDay(value);
  return date ? { date } : {};
}

function toActorJson(actor: DraftActor | undefined, id: string, locations: PublishInput['locations']): ActorJson {
  const location = actor?.location ?? locations.get(id);
  return {
    id,
    kind: actor?.kind ?? 'country',
    name: actor?.name ?? { fr: id, en: id },
    ...(actor?.iso3 ? { iso3: actor.iso3 } : {}),
    ...(location ? { location } : {}),
  };
}
