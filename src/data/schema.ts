import { z } from 'zod/mini';
import { problemError, reportProblems } from './schemaProblems';
import type { Problem, TextField } from './problem';
import { findControlCharacter, NO_CONTROL_CHARACTERS } from './controlCharacters';
import { STATUSES, TRENDS } from '../model/statuses';
import { ACTOR_KINDS } from '../model/actorKinds';
import { STORY_VIEWS } from '../model/views';

/**
 * The published dataset format (wire types, suffixed `Json`). This file is the single source of
 * both the runtime validator and `public/data/partnerships.schema.json`, so the two cannot drift.
 * Cross-references (an actor id that must exist, a quote that must be in its source) are checked
 * afterwards by `checkIntegrity`, since a JSON Schema cannot express them.
 */

// Every error names a problem by its code (see `schemaProblems`), which the catalogue of the
// language on screen words; the checks that name none get one from the issue's own code.
reportProblems();

const unknownChoice = (field: 'kind' | 'status' | 'trend' | 'view', allowed: readonly string[]) =>
  problemError((input) => ({ code: 'unknownChoice', field, value: typeof input === 'string' ? input : JSON.stringify(input), allowed }));

const coordinate = (axis: 'lat' | 'lon', max: number) =>
  z
    .number({ error: problemError({ code: 'coordinateNotNumber', axis }) })
    .check(
      z.gte(-max, { error: problemError({ code: 'coordinateOutOfRange', axis, max }) }),
      z.lte(max, { error: problemError({ code: 'coordinateOutOfRange', axis, max }) }),
    );

const controlCharacter = (input: unknown): Problem => {
  const found = typeof input === 'string' ? findControlCharacter(input) : null;
  return found ? { code: 'controlCharacter', ...found } : { code: 'invalid' };
};

/** Every text meant for readers: non-empty, and free of the invisible characters that could disguise it. */
const text = (what: TextField) =>
  z
    .string({ error: problemError({ code: 'notText', what }) })
    .check(
      z.trim(),
      z.minLength(1, { error: problemError({ code: 'emptyText', what }) }),
      z.regex(NO_CONTROL_CHARACTERS, { error: problemError(controlCharacter) }),
    );

const identifier = z
  .string({ error: problemError({ code: 'idNotText' }) })
  .check(z.regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, { error: problemError({ code: 'idFormat' }) }));

/** `schema` with a description for the published JSON Schema (zod/mini's form of `.describe()`). */
const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description)) as T;

export const localizedJson = described(z.object({ fr: text('frText'), en: text('enText') }), 'A text in French and English.');

export const isoDate = z.string({ error: problemError({ code: 'dateNotText' }) }).check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: problemError({ code: 'dateFormat' }), abort: true }),
  z.refine(
    (value: string) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    {
      error: problemError({ code: 'dateDoesNotExist' }),
    },
  ),
);

const evidenceFields = {
  source: described(identifier, 'The id of a source in `sources`.'),
  quote: described(text('quote'), 'Words copied verbatim from the source.'),
  translation: described(z.object({ en: text('translation') }), 'The quote in English.'),
};

/** Version 1's evidence: a quote that supports its partnership's one status. */
export const evidenceJsonV1 = described(z.object(evidenceFields), 'A verbatim quote from a source that supports the record.');

const claimJson = described(
  z.object({
    source: evidenceFields.source,
    quote: described(z.optional(text('quote')), 'Words copied verbatim from the source. Required unless the claim names an `event`.'),
    translation: described(z.optional(z.object({ en: text('translation') })), 'The quote in English.'),
    event: described(
      z.optional(identifier),
      "The id of a dated event, cited by the same source, that the claim rests on where the source's words are not in the dataset. Its date stands for the claim's.",
    ),
    status: described(
      z.enum(STATUSES, { error: unknownChoice('status', STATUSES) }),
      'The status of the partnership this quote speaks for.',
    ),
    date: described(
      z.optional(isoDate),
      "The day the claim speaks of, or the first day of the period it speaks of. Without it, its event's date, else its source's `published` date, stands for it.",
    ),
    endDate: described(z.optional(isoDate), 'The last day of the period the quote speaks of; after it, the claim no longer holds.'),
  }),
  'A verbatim quote from a source that supports a status of the partnership, at a date or over a period where the source gives one.',
);

const citationJson = described(
  z.object({
    source: described(identifier, 'The id of a source in `sources`.'),
    quote: described(z.optional(text('quote')), 'Words copied verbatim from the source, where available.'),
    translation: z.optional(z.object({ en: text('translation') })),
  }),
  'A reference to a source, with a verbatim quote where one is available.',
);

const httpUrl = z.string({ error: problemError({ code: 'linkNotText' }) }).check(
  z.refine((value: string) => /^https?:\/\//i.test(value) && URL.canParse(value), {
    error: problemError({ code: 'linkFormat' }),
  }),
);

export const sourceJson = described(
  z.object({
    id: identifier,
    title: text('sourceTitle'),
    publisher: z.optional(text('publisher')),
    language: z.string().check(z.regex(/^[a-z]{2,3}$/, { error: problemError({ code: 'languageFormat' }) })),
    published: z.optional(isoDate),
    url: z.optional(httpUrl),
    text: described(
      z.optional(z.string().check(z.regex(/^(?!\/)(?!.*\.\.)[A-Za-z0-9_./-]+\.txt$/, { error: problemError({ code: 'sourceTextPath' }) }))),
      'Path, relative to the dataset file, of the full text of the source.',
    ),
    note: z.optional(localizedJson),
  }),
  'A document that the dataset cites.',
);

export const actorJson = described(
  z.object({
    id: described(identifier, 'ISO 3166 alpha-3 for countries (MLI), a short name for others (UN, diop).'),
    kind: z.enum(ACTOR_KINDS, { error: unknownChoice('kind', ACTOR_KINDS) }),
    name: localizedJson,
    iso3: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, { error: problemError({ code: 'iso3Format' }) }))),
    location: described(
      z.optional(
        z.object({
          lat: coordinate('lat', 90),
          lon: coordinate('lon', 180),
        }),
      ),
      "Where the actor is drawn on the map: a country's capital, an organization's headquarters.",
    ),
    memberOf: described(z.optional(identifier), 'For a person: the id of their country or organization.'),
    role: z.optional(localizedJson),
    evidence: z.optional(z.array(evidenceJsonV1)),
  }),
  'A country, an organization or a person.',
);

export const sectorJson = described(z.object({ id: identifier, name: localizedJson }), 'A field of cooperation.');

/** Version 1's partnership: one status, for the whole record, and the focus among its actors. */
export const partnershipJsonV1 = described(
  z.object({
    id: identifier,
    actors: described(z.tuple([identifier, identifier], { error: problemError({ code: 'actorsPair' }) }), 'The two actors, focus first.'),
    sector: identifier,
    status: z.enum(STATUSES, { error: unknownChoice('status', STATUSES) }),
    trend: z.optional(z.enum(TRENDS, { error: unknownChoice('trend', TRENDS) })),
    summary: localizedJson,
    evidence: z.array(evidenceJsonV1).check(z.minLength(1, { error: problemError({ code: 'needsEvidence', record: 'partnership' }) })),
  }),
  'The cooperation of two actors in one sector.',
);

export const partnershipJson = described(
  z.object({
    id: identifier,
    actors: described(z.tuple([identifier, identifier], { error: problemError({ code: 'actorsPair' }) }), 'Any two actors.'),
    sector: identifier,
    trend: z.optional(z.enum(TRENDS, { error: unknownChoice('trend', TRENDS) })),
    summary: localizedJson,
    evidence: described(
      z.array(claimJson).check(z.minLength(1, { error: problemError({ code: 'needsEvidence', record: 'partnership' }) })),
      'The claims about this partnership, each with its source, quote, status and, where given, date. Its status on a date follows from them.',
    ),
  }),
  'The cooperation of two actors in one sector, as its sources describe it over time.',
);

export const eventJson = described(
  z.object({
    id: identifier,
    date: z.optional(isoDate),
    endDate: z.optional(isoDate),
    title: localizedJson,
    actors: z.array(identifier),
    evidence: z.array(citationJson).check(z.minLength(1, { error: problemError({ code: 'needsEvidence', record: 'event' }) })),
  }),
  'A dated event that involves some of the actors.',
);

export const storyStepJson = described(
  z.object({
    id: identifier,
    title: localizedJson,
    text: described(localizedJson, 'One or two sentences, each backed by the evidence below.'),
    state: described(
      z.string().check(z.regex(/^(\?.*)?$/, { error: problemError({ code: 'stepStateFormat' }) })),
      "The exploration state to show, written as the dashboard's link query (lang, sector, status, kind, q, select, date, from).",
    ),
    show: described(z.enum(STORY_VIEWS, { error: unknownChoice('view', STORY_VIEWS) }), 'The view the step puts on screen.'),
    evidence: z.array(citationJson).check(z.minLength(1, { error: problemError({ code: 'needsEvidence', record: 'storyStep' }) })),
  }),
  'One step of a guided presentation.',
);

const datasetFields = {
  $schema: z.optional(z.string()),
  id: identifier,
  title: localizedJson,
  description: z.optional(localizedJson),
  sources: z.array(sourceJson).check(z.minLength(1, { error: problemError({ code: 'needsOne', collection: 'sources' }) })),
  actors: z.array(actorJson).check(z.minLength(1, { error: problemError({ code: 'needsOne', collection: 'actors' }) })),
  sectors: z.array(sectorJson).check(z.minLength(1, { error: problemError({ code: 'needsOne', collection: 'sectors' }) })),
  events: z._default(z.array(eventJson), []),
  story: described(z.optional(z.array(storyStepJson)), 'A guided presentation of the dataset, step by step.'),
};

/** Version 1: the partnerships of one focus actor, each with one status. Read, then migrated. */
export const datasetJsonV1 = z.object({
  ...datasetFields,
  schemaVersion: z.literal(1, { error: problemError({ code: 'schemaVersion' }) }),
  focus: identifier,
  partnerships: z.array(partnershipJsonV1),
});

export const datasetJson = described(
  z.object({
    $schema: datasetFields.$schema,
    schemaVersion: z.literal(2, { error: problemError({ code: 'schemaVersion' }) }),
    id: datasetFields.id,
    title: datasetFields.title,
    description: datasetFields.description,
    focus: described(z.optional(identifier), 'The actor the dashboard opens centred on. Without it, the actor with the most partnerships.'),
    sources: datasetFields.sources,
    actors: datasetFields.actors,
    sectors: datasetFields.sectors,
    partnerships: z.array(partnershipJson),
    events: datasetFields.events,
    story: datasetFields.story,
  }),
  'Partnerships between actors, each claim tied to verbatim evidence from its sources, with the status and date it speaks of.',
);

export type LocalizedJson = z.infer<typeof localizedJson>;
export type SourceJson = z.infer<typeof sourceJson>;
export type ActorJson = z.infer<typeof actorJson>;
export type SectorJson = z.infer<typeof sectorJson>;
export type PartnershipJson = z.infer<typeof partnershipJson>;
export type EvidenceJson = z.infer<typeof claimJson>;
export type EvidenceJsonV1 = z.infer<typeof evidenceJsonV1>;
export type PartnershipJsonV1 = z.infer<typeof partnershipJsonV1>;
export type DatasetJsonV1 = z.infer<typeof datasetJsonV1>;
export type CitationJson = z.infer<typeof citationJson>;
export type EventJson = z.infer<typeof eventJson>;
export type DatasetJson = z.infer<typeof datasetJson>;
export type StoryStepJson = z.infer<typeof storyStepJson>;

/** The JSON Schema published at `public/data/partnerships.schema.json`. */
export function toPublishedJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetJson, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
    $id: 'partnerships.schema.json',
    title: 'Partnership dataset, schema version 1',
  };
}
