import { z } from 'zod';

/**
 * The published dataset format (wire types, suffixed `Json`). This file is the single source of
 * both the runtime validator and `public/data/partnerships.schema.json`, so the two cannot drift.
 * Cross-references (an actor id that must exist, a quote that must be in its source) are checked
 * afterwards by `checkIntegrity`, since a JSON Schema cannot express them.
 */

export const STATUSES = ['active', 'emerging', 'exploring', 'potential', 'ended'] as const;
export const TRENDS = ['strengthening', 'stable', 'weakening'] as const;
export const ACTOR_KINDS = ['country', 'organization', 'person'] as const;

const listOf = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

const text = (what: string) =>
  z.string({ error: `${what} must be text` }).trim().min(1, { error: `${what} must not be empty` });

const identifier = z
  .string({ error: 'an id must be text' })
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, {
    error: 'an id starts with a letter and holds only letters, digits, "-" and "_" (64 at most)',
  });

export const localizedJson = z
  .object({ fr: text('the French text'), en: text('the English text') })
  .describe('A text in French and English.');

const evidenceJson = z
  .object({
    source: identifier.describe('The id of a source in `sources`.'),
    quote: text('a quote').describe('Words copied verbatim from the source.'),
    translation: z.object({ en: text('the English translation') }).describe('The quote in English.'),
  })
  .describe('A verbatim quote from a source that supports the record.');

const citationJson = z
  .object({
    source: identifier.describe('The id of a source in `sources`.'),
    quote: text('a quote').optional().describe('Words copied verbatim from the source, where available.'),
    translation: z.object({ en: text('the English translation') }).optional(),
  })
  .describe('A reference to a source, with a verbatim quote where one is available.');

const isoDate = z
  .string({ error: 'a date must be text' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a date is written YYYY-MM-DD', abort: true })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: 'this date does not exist',
  });

const httpUrl = z
  .string({ error: 'a link must be text' })
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), {
    error: 'a link must be a full http:// or https:// address',
  });

export const sourceJson = z
  .object({
    id: identifier,
    title: text('a source title'),
    publisher: text('a publisher').optional(),
    language: z.string().regex(/^[a-z]{2,3}$/, { error: 'a language is a two- or three-letter code such as "fr"' }),
    published: isoDate.optional(),
    url: httpUrl.optional(),
    text: z
      .string()
      .regex(/^(?!\/)(?!.*\.\.)[A-Za-z0-9_./-]+\.txt$/, {
        error: 'a source text is a relative path to a .txt file under the data folder, such as "sources/article.txt"',
      })
      .optional()
      .describe('Path, relative to the dataset file, of the full text of the source.'),
    note: localizedJson.optional(),
  })
  .describe('A document that the dataset cites.');

export const actorJson = z
  .object({
    id: identifier.describe('ISO 3166 alpha-3 for countries (MLI), a short name for others (UN, diop).'),
    kind: z.enum(ACTOR_KINDS, { error: (issue) => `unknown actor kind ${JSON.stringify(issue.input)}; use one of ${listOf(ACTOR_KINDS)}` }),
    name: localizedJson,
    iso3: z.string().regex(/^[A-Z]{3}$/, { error: 'iso3 is three capital letters, such as "MLI"' }).optional(),
    location: z
      .object({
        lat: z.number({ error: 'lat must be a number' }).min(-90, { error: 'lat must be between -90 and 90' }).max(90, { error: 'lat must be between -90 and 90' }),
        lon: z.number({ error: 'lon must be a number' }).min(-180, { error: 'lon must be between -180 and 180' }).max(180, { error: 'lon must be between -180 and 180' }),
      })
      .optional()
      .describe("Where the actor is drawn on the map: a country's capital, an organization's headquarters."),
    memberOf: identifier.optional().describe('For a person: the id of their country or organization.'),
    role: localizedJson.optional(),
    evidence: z.array(evidenceJson).optional(),
  })
  .describe('A country, an organization or a person.');

export const sectorJson = z.object({ id: identifier, name: localizedJson }).describe('A field of cooperation.');

export const partnershipJson = z
  .object({
    id: identifier,
    actors: z
      .tuple([identifier, identifier], { error: 'actors is a pair of actor ids, such as ["MLI", "RUS"]' })
      .describe('The two actors, focus first.'),
    sector: identifier,
    status: z.enum(STATUSES, { error: (issue) => `unknown status ${JSON.stringify(issue.input)}; use one of ${listOf(STATUSES)}` }),
    trend: z.enum(TRENDS, { error: (issue) => `unknown trend ${JSON.stringify(issue.input)}; use one of ${listOf(TRENDS)}` }).optional(),
    summary: localizedJson,
    evidence: z.array(evidenceJson).min(1, { error: 'every partnership needs at least one evidence quote' }),
  })
  .describe('The cooperation of two actors in one sector.');

export const eventJson = z
  .object({
    id: identifier,
    date: isoDate.optional(),
    endDate: isoDate.optional(),
    title: localizedJson,
    actors: z.array(identifier),
    evidence: z.array(citationJson).min(1, { error: 'every event needs at least one source' }),
  })
  .describe('A dated event that involves some of the actors.');

export const STORY_VIEWS = ['map', 'network', 'sectors', 'source', 'table', 'timeline'] as const;

export const storyStepJson = z
  .object({
    id: identifier,
    title: localizedJson,
    text: localizedJson.describe('One or two sentences, each backed by the evidence below.'),
    state: z
      .string()
      .regex(/^(\?.*)?$/, { error: 'a step\'s state is a link query such as "?status=ended&select=FRA"' })
      .describe('The exploration state to show, written as the dashboard\'s link query (lang, sector, status, kind, q, select).'),
    show: z
      .enum(STORY_VIEWS, { error: (issue) => `unknown view ${JSON.stringify(issue.input)}; use one of ${listOf(STORY_VIEWS)}` })
      .describe('The view the step puts on screen.'),
    evidence: z.array(citationJson).min(1, { error: 'every story step needs at least one source' }),
  })
  .describe('One step of a guided presentation.');

export const datasetJson = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1, { error: 'schemaVersion must be 1, the only version this app reads' }),
    id: identifier,
    title: localizedJson,
    description: localizedJson.optional(),
    focus: identifier.describe('The id of the actor whose partnerships the dataset describes.'),
    sources: z.array(sourceJson).min(1, { error: 'a dataset needs at least one source' }),
    actors: z.array(actorJson).min(1, { error: 'a dataset needs at least one actor' }),
    sectors: z.array(sectorJson).min(1, { error: 'a dataset needs at least one sector' }),
    partnerships: z.array(partnershipJson),
    events: z.array(eventJson).default([]),
    story: z.array(storyStepJson).optional().describe('A guided presentation of the dataset, step by step.'),
  })
  .describe('Partnerships of one focus actor, each tied to verbatim evidence from its sources.');

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
