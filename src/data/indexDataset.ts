import type { ActorJson, DatasetJson, EventJson, PartnershipJson, SectorJson, SourceJson } from './schema';

export type Actor = ActorJson;
export type Sector = SectorJson;
export type Source = SourceJson;
export type Partnership = PartnershipJson;
export type DatasetEvent = EventJson;

/**
 * A validated dataset with the lookups every view needs, built once at load time so that views
 * never scan arrays to resolve an id.
 */
export interface Dataset {
  readonly json: DatasetJson;
  readonly focus: Actor;
  readonly actors: readonly Actor[];
  readonly sectors: readonly Sector[];
  readonly partnerships: readonly Partnership[];
  readonly events: readonly DatasetEvent[];
  readonly sources: readonly Source[];
  readonly actorById: ReadonlyMap<string, Actor>;
  readonly sectorById: ReadonlyMap<string, Sector>;
  readonly sourceById: ReadonlyMap<string, Source>;
  readonly partnershipById: ReadonlyMap<string, Partnership>;
  readonly partnershipsByActor: ReadonlyMap<string, readonly Partnership[]>;
  /** Full texts of the sources that have one, by source id. */
  readonly sourceTexts: ReadonlyMap<string, string>;
}

/** Builds the lookups of a dataset that has passed `parseDatasetJson` and `checkIntegrity`. */
export function indexDataset(json: DatasetJson, sourceTexts: ReadonlyMap<string, string>): Dataset {
  const actorById = new Map(json.actors.map((a) => [a.id, a]));
  const partnershipsByActor = new Map<string, Partnership[]>(json.actors.map((a) => [a.id, []]));
  for (const p of json.partnerships) {
    for (const id of p.actors) partnershipsByActor.get(id)?.push(p);
  }
  const focus = actorById.get(json.focus);
  if (!focus) throw new Error(`indexDataset: focus "${json.focus}" is not an actor; run checkIntegrity first`);
  return {
    json,
    focus,
    actors: json.actors,
    sectors: json.sectors,
    partnerships: json.partnerships,
    events: json.events,
    sources: json.sources,
    actorById,
    sectorById: new Map(json.sectors.map((s) => [s.id, s])),
    sourceById: new Map(json.sources.map((s) => [s.id, s])),
    partnershipById: new Map(json.partnerships.map((p) => [p.id, p])),
    partnershipsByActor,
    sourceTexts,
  };
}
