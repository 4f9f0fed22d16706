import { z } from 'zod/mini';
import { en } from 'zod/locales';

/**
 * The published dataset format (wire types, suffixed `Json`). This file is the single source of
 * both the runtime validator and `public/data/partnerships.schema.json`, so the two cannot drift.
 * Cross-references (an actor id that must exist, a quote that must be in its source) are checked
 * afterwards by `checkIntegrity`, since a JSON Schema cannot express them.
 */

// zod/mini is the same validator as the full zod in a tree-shakable form (a third of its size in
// the page), but it loads no messages of its own. The checks below name their errors; the English
// locale gives the rest ("expected object, received string") the words the full zod gives them.
z.config(en());

export const STATUSES = ['active', 'emerging', 'exploring', 'potential', 'ended'] as const;
export const TRENDS = ['strengthening', 'stable', 'weakening'] as const;
export const ACTOR_KINDS = ['country', 'organization', 'person'] as const;

const listOf = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

const text = (what: string) => z.string({ error: `${what} must be text` }).check(z.trim(), z.minLength(1, { error: `${what} must not be empty` }));

const identifier = z.string({ error: 'an id must be text' }).check(
  z.regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, {
    error: 'an id starts with a letter and holds only letters, digits, "-" and "_" (64 at most)',
  }),
);

/** `schema` with a description for the published JSON Schema (zod/mini's form of `.describe()`). */
const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description)) as T;

export const localizedJson = described(z.object({ fr: text('the French text'), en: text('the English text') }), 'A text in French and English.');

const evidenceJson = described(
  z.object({
    source: described(identifier, 'The id of a source in `sources`.'),
    quote: described(text('a quote'), 'Words copied verbatim from the source.'),
    translation: described(z.object({ en: text('the English translation') }), 'The quote in English.'),
  }),
  'A verbatim quote from a source that supports the record.',
);

const citationJson = described(
  z.object({
    source: described(identifier, 'The id of a source in `sources`.'),
    quote: described(z.optional(text('a quote')), 'Words copied verbatim from the source, where available.'),
    translation: z.optional(z.object({ en: text('the English translation') })),
  }),
  'A reference to a source, with a verbatim quote where one is available.',
);

const isoDate = z.string({ error: 'a date must be text' }).check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a date is written YYYY-MM-DD', abort: true }),
  z.refine((value: string) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: 'this date does not exist',
  }),
);

const httpUrl = z.string({ error: 'a link must be text' }).check(
  z.refine((value: string) => /^https?:\/\//i.test(value) && URL.canParse(value), {
    error: 'a link must be a full http:// or https:// address',
  }),
);

export const sourceJson = described(
  z.object({
    id: identifier,
    title: text('a source title'),
    publisher: z.optional(text('a publisher')),
    language: z.string().check(z.regex(/^[a-z]{2,3}$/, { error: 'a language is a two- or three-letter code such as "fr"' })),
    published: z.optional(isoDate),
    url: z.optional(httpUrl),
    text: described(
      z.optional(
        z.string().check(
          z.regex(/^(?!\/)(?!.*\.\.)[A-Za-z0-9_./-]+\.txt$/, {
            error: 'a source text is a relative path to a .txt file under the data folder, such as "sources/article.txt"',
          }),
        ),
      ),
      'Path, relative to the dataset file, of the full text of the source.',
    ),
    note: z.optional(localizedJson),
  }),
  'A document that the dataset cites.',
);

export const actorJson = described(
  z.object({
    id: described(identifier, 'ISO 3166 alpha-3 for countries (MLI), a short name for others (UN, diop).'),
    kind: z.enum(ACTOR_KINDS, { error: (issue) => `unknown actor kind ${JSON.stringify(issue.input)}; use one of ${listOf(ACTOR_KINDS)}` }),
    name: localizedJson,
    iso3: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, { error: 'iso3 is three capital letters, such as "MLI"' }))),
    location: described(
      z.optional(
        z.object({
          lat: z.number({ error: 'lat must be a number' }).check(z.gte(-90, { error: 'lat must be between -90 and 90' }), z.lte(90, { error: 'lat must be between -90 and 90' })),
          lon: z.number({ error: 'lon must be a number' }).check(z.gte(-180, { error: 'lon must be between -180 and 180' }), z.lte(180, { error: 'lon must be between -180 and 180' })),
        }),
      ),
      "Where the actor is drawn on the map: a country's capital, an organization's headquarters.",
    ),
    memberOf: described(z.optional(identifier), 'For a person: the id of their country or organization.'),
    role: z.optional(localizedJson),
    evidence: z.optional(z.array(evidenceJson)),
  }),
  'A country, an organization or a person.',
);

export const sectorJson = described(z.object({ id: identifier, name: localizedJson }), 'A field of cooperation.');

export const partnershipJson = described(
  z.object({
    id: identifier,
    actors: described(z.tuple([identifier, identifier], { error: 'actors is a pair of actor ids, such as ["MLI", "RUS"]' }), 'The two actors, focus first.'),
    sector: identifier,
    status: z.enum(STATUSES, { error: (issue) => `unknown status ${JSON.stringify(issue.input)}; use one of ${listOf(STATUSES)}` }),
    trend: z.optional(z.enum(TRENDS, { error: (issue) => `unknown trend ${JSON.stringify(issue.input)}; use one of ${listOf(TRENDS)}` })),
    summary: localizedJson,
    evidence: z.array(evidenceJson).check(z.minLength(1, { error: 'every partnership needs at least one evidence quote' })),
  }),
  'The cooperation of two actors in one sector.',
);

export const eventJson = described(
  z.object({
    id: identifier,
    date: z.optional(isoDate),
    endDate: z.optional(isoDate),
    title: localizedJson,
    actors: z.array(identifier),
    evidence: z.array(citationJson).check(z.minLength(1, { error: 'every event needs at least one source' })),
  }),
  'A dated event that involves some of the actors.',
);

export const STORY_VIEWS = ['map', 'network', 'sectors', 'source', 'table', 'timeline'] as const;

export const storyStepJson = described(
  z.object({
    id: identifier,
    title: localizedJson,
    text: described(localizedJson, 'One or two sentences, each backed by the evidence below.'),
    state: described(
      z.string().check(z.regex(/^(\?.*)?$/, { error: 'a step\'s state is a link query such as "?status=ended&select=FRA"' })),
      'The exploration state to show, written as the dashboard\'s link query (lang, sector, status, kind, q, select).',
    ),
    show: described(
      z.enum(STORY_VIEWS, { error: (issue) => `unknown view ${JSON.stringify(issue.input)}; use one of ${listOf(STORY_VIEWS)}` }),
      'The view the step puts on screen.',
    ),
    evidence: z.array(citationJson).check(z.minLength(1, { error: 'every story step needs at least one source' })),
  }),
  'One step of a guided presentation.',
);

export const datasetJson = described(
  z.object({
    $schema: z.optional(z.string()),
    schemaVersion: z.literal(1, { error: 'schemaVersion must be 1, the only version this app reads' }),
    id: identifier,
    title: localizedJson,
    description: z.optional(localizedJson),
    focus: described(identifier, 'The id of the actor whose partnerships the dataset describes.'),
    sources: z.array(sourceJson).check(z.minLength(1, { error: 'a dataset needs at least one source' })),
    actors: z.array(actorJson).check(z.minLength(1, { error: 'a dataset needs at least one actor' })),
    sectors: z.array(sectorJson).check(z.minLength(1, { error: 'a dataset needs at least one sector' })),
    partnerships: z.array(partnershipJson),
    events: z._default(z.array(eventJson), []),
    story: described(z.optional(z.array(storyStepJson)), 'A guided presentation of the dataset, step by step.'),
  }),
  'Partnerships of one focus actor, each tied to verbatim evidence from its sources.',
);

export type Status = (typeof STATUSES)[number];
export type Trend = (typeof TRENDS)[number];
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type LocalizedJson = z.infer<typeof localizedJson>;
export type SourceJson = z.infer<typeof sourceJson>;
export type ActorJson = z.infer<typeof actorJson>;
export type SectorJson = z.infer<typeof sectorJson>;
export type PartnershipJson = z.infer<typeof partnershipJson>;
export type EvidenceJson = z.infer<typeof evidenceJson>;
export type CitationJson = z.infer<typeof citationJson>;
export type EventJson = z.infer<typeof eventJson>;
export type DatasetJson = z.infer<typeof datasetJson>;
export type StoryStepJson = z.infer<typeof storyStepJson>;
export type StoryView = (typeof STORY_VIEWS)[number];

/** The JSON Schema published at `public/data/partnerships.schema.json`. */
export function toPublishedJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetJson, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
    $id: 'partnerships.schema.json',
    title: 'Partnership dataset, schema version 1',
  };
}
