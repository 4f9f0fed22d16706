import type { ActorJson, DatasetJson, EventJson, PartnershipJson, SectorJson, SourceJson } from './schema';
import type { Status } from '../model/statuses';
import { statusOn, spanOf, toDatedClaims, type DatedClaim, type Disagreement } from './claimTimeline';

export type Actor = ActorJson;
export type Sector = SectorJson;
export type Source = SourceJson;
export type DatasetEvent = EventJson;

/**
 * A partnership as the views draw it: its claims placed in time, and what they say on the date
 * the dataset is seen at (the latest the sources speak of, unless a date is chosen; see
 * `derive/datasetOn.ts`).
 */
export interface Partnership extends PartnershipJson {
  /** The status on the date the dataset is seen at. */
  readonly status: Status;
  /** Where the sources disagree on that date, each side with its claims; null when they agree. */
  readonly disagreement: Disagreement | null;
  /** Every claim, with its date, in date order. */
  readonly claims: readonly DatedClaim[];
  /** The first day a claim shows it holding, and the day it ended if it has; null where undated. */
  readonly since: string | null;
  readonly until: string | null;
}

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
  const sourceById = new Map(json.sources.map((s) => [s.id, s]));
  const eventDates = new Map(json.events.map((event) => [event.id, event.date]));
  const partnerships = json.partnerships.flatMap((p) => {
    const claims = toDatedClaims(p.evidence, sourceById, eventDates);
    const latest = statusOn(claims, null);
    return latest ? [{ ...p, status: latest.status, disagreement: latest.disagreement, claims, ...spanOf(claims) }] : [];
  });
  return withPartnerships({ json, sourceTexts, sourceById }, partnerships, json.focus);
}

/**
 * The lookups of a dataset over a given list of its partnerships, centred on `focusId` (else the
 * actor with the most partnerships, the first in the file on a tie): what `indexDataset` builds for
 * the latest date, and `derive/datasetOn.ts` for another date or point of view.
 */
export function withPartnerships(
  base: Pick<Dataset, 'json' | 'sourceTexts' | 'sourceById'>,
  partnerships: readonly Partnership[],
  focusId: string | undefined,
): Dataset {
  const { json } = base;
  const actorById = new Map(json.actors.map((a) => [a.id, a]));
  const partnershipsByActor = new Map<string, Partnership[]>(json.actors.map((a) => [a.id, []]));
  for (const p of partnerships) {
    for (const id of p.actors) partnershipsByActor.get(id)?.push(p);
  }
  const focus = (focusId === undefined ? undefined : actorById.get(focusId)) ?? mostConnected(json.actors, partnershipsByActor);
  return {
    json,
    focus,
    actors: json.actors,
    sectors: json.sectors,
    partnerships,
    events: json.events,
    sources: json.sources,
    actorById,
    sectorById: new Map(json.sectors.map((s) => [s.id, s])),
    sourceById: base.sourceById,
    partnershipById: new Map(partnerships.map((p) => [p.id, p])),
    partnershipsByActor,
    sourceTexts: base.sourceTexts,
  };
}

function mostConnected(actors: readonly Actor[], partnershipsByActor: ReadonlyMap<string, readonly Partnership[]>): Actor {
  // The validator requires at least one actor.
  let best = actors[0]!;
  for (const actor of actors) {
    if ((partnershipsByActor.get(actor.id)?.length ?? 0) > (partnershipsByActor.get(best.id)?.length ?? 0)) best = actor;
  }
  return best;
}
