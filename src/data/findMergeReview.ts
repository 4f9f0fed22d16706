import type { ActorJson, DatasetJson, EvidenceJson, SourceJson } from './schema';
import { mergeDatasets, matchActor, pairKey, sameClaim } from './mergeDatasets';
import { changeDates, statusOn, toDatedClaims } from './claimTimeline';
import { foldAccents } from '../text/fold';
import type { Status } from '../model/statuses';

/** A partnership whose sources would disagree once merged, with a claim the merge adds on one side. */
export interface MergeConflict {
  partnership: string;
  actors: readonly [string, string];
  sector: string;
  /** The day the sources would disagree (the latest such day). */
  date: string | null;
  sides: readonly { status: Status; claims: readonly EvidenceJson[] }[];
}

/** An incoming actor that no id or code matches, but whose name is (nearly) a current actor's. */
export interface NearDuplicate {
  incoming: ActorJson;
  current: ActorJson;
}

/** What a merge would do, for a person to review before anything changes. */
export interface MergeReview {
  conflicts: MergeConflict[];
  nearDuplicates: NearDuplicate[];
  newSources: SourceJson[];
  newActors: number;
  newPartnerships: number;
  addedClaims: number;
}

/**
 * The review of merging `incoming` into `current`, with no actor yet judged the same: the
 * conflicts the merge would create, and the near-duplicates a person must decide on.
 */
export function findMergeReview(current: DatasetJson, incoming: DatasetJson): MergeReview {
  const { json: merged } = mergeDatasets(current, incoming);
  const before = new Map(current.partnerships.map((p) => [pairKey(p.actors, p.sector), p]));
  const sourcesBefore = new Map(current.sources.map((s) => [s.id, s]));
  const sourceById = new Map(merged.sources.map((s) => [s.id, s]));
  const eventDates = new Map(merged.events.map((e) => [e.id, e.date]));
  const conflicts: MergeConflict[] = [];
  let addedClaims = 0;
  for (const p of merged.partnerships) {
    const old = before.get(pairKey(p.actors, p.sector));
    addedClaims += p.evidence.length - (old?.evidence.length ?? 0);
    if (!old || old.evidence.length === p.evidence.length) continue;
    const claims = toDatedClaims(p.evidence, sourceById, eventDates);
    const dates = [null, ...changeDates(claims).reverse()];
    for (const date of dates) {
      const now = statusOn(claims, date);
      // A conflict of the merge: the sources disagree on that date, and a claim it adds is on one side.
      const added = (c: EvidenceJson) => !old.evidence.some((o) => sameClaim(o, c));
      if (!now?.disagreement?.sides.some((side) => side.claims.some((c) => added(c.claim)))) continue;
      conflicts.push({
        partnership: p.id,
        actors: p.actors,
        sector: p.sector,
        date: date ?? claims.at(-1)?.from ?? null,
        sides: now.disagreement.sides.map((side) => ({ status: side.status, claims: side.claims.map((c) => c.claim) })),
      });
      break;
    }
  }
  return {
    conflicts,
    nearDuplicates: findNearDuplicates(current.actors, incoming.actors),
    newSources: merged.sources.filter((s) => !sourcesBefore.has(s.id)),
    newActors: merged.actors.length - current.actors.length,
    newPartnerships: merged.partnerships.length - current.partnerships.length,
    addedClaims,
  };
}

/**
 * Pairs of actors with the same or nearly the same name (accents folded, any of the two
 * languages, one letter in six allowed to differ) that no id or code already matches.
 */
export function findNearDuplicates(current: readonly ActorJson[], incoming: readonly ActorJson[]): NearDuplicate[] {
  const found: NearDuplicate[] = [];
  for (const actor of incoming) {
    if (matchActor(current, actor)) continue;
    const names = namesOf(actor);
    const match = current.find((c) => c.kind === actor.kind && namesOf(c).some((n) => names.some((m) => nearlySame(n, m))));
    if (match) found.push({ incoming: actor, current: match });
  }
  return found;
}

const namesOf = (actor: ActorJson) => [foldAccents(actor.name.fr), foldAccents(actor.name.en)];

function nearlySame(a: string, b: string): boolean {
  if (a === b) return true;
  const allowed = Math.floor(Math.min(a.length, b.length) / 6);
  return allowed > 0 && Math.abs(a.length - b.length) <= allowed && distance(a, b) <= allowed;
}

/** Levenshtein's edit distance. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}
