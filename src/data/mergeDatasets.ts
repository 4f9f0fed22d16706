import type { ActorJson, DatasetJson, EventJson, EvidenceJson, PartnershipJson, SectorJson, SourceJson } from './schema';
import { foldAccents } from '../text/fold';

/**
 * For each actor of the incoming dataset that a person judged to be an actor of the current one
 * (a near-duplicate they said is the same), the current actor's id.
 */
export type SameActors = ReadonlyMap<string, string>;

/** The merged dataset, with the source texts of both sides under the ids the merge gave them. */
export interface Merged {
  json: DatasetJson;
  sourceTexts: Map<string, string>;
}

/**
 * Merges `incoming` into `current`, both version 2 and valid, without changing either. Actors match
 * by id, else by ISO code, else by the person's decision; partnerships match by their unordered
 * pair and sector, and the claims of a match are added to it unless one with the same source,
 * quote, event, status and date is already there. Sources, sectors and events match by id when
 * they mean the same thing; an incoming id that clashes with a current one meaning another thing
 * is renamed (`id-2`, `id-3`…) and every reference follows. The current dataset's own fields
 * (id, title, focus, story) stay as they are.
 */
export function mergeDatasets(
  current: DatasetJson,
  incoming: DatasetJson,
  same: SameActors = new Map(),
  texts: { current: ReadonlyMap<string, string>; incoming: ReadonlyMap<string, string> } = { current: new Map(), incoming: new Map() },
): Merged {
  const sourceTexts = new Map(texts.current);

  const sources = [...current.sources];
  const sourceIds = new Ids(sources);
  const sourceMap = new Map<string, string>();
  for (const source of incoming.sources) {
    const match =
      sources.find((s) => s.id === source.id && sameSource(s, source)) ?? sources.find((s) => s.id !== source.id && sameSource(s, source));
    if (match) sourceMap.set(source.id, match.id);
    else {
      const id = sourceIds.claim(source.id);
      sourceMap.set(source.id, id);
      sources.push({ ...source, id });
      const text = texts.incoming.get(source.id);
      if (text !== undefined) sourceTexts.set(id, text);
    }
  }
  const sourceOf = (id: string) => sourceMap.get(id) ?? id;

  const sectors = [...current.sectors];
  const sectorIds = new Ids(sectors);
  const sectorMap = new Map<string, string>();
  for (const sector of incoming.sectors) {
    const match =
      sectors.find((s) => s.id === sector.id && sameName(s, sector)) ?? sectors.find((s) => s.id !== sector.id && sameName(s, sector));
    if (match) sectorMap.set(sector.id, match.id);
    else {
      const id = sectorIds.claim(sector.id);
      sectorMap.set(sector.id, id);
      sectors.push({ ...sector, id });
    }
  }

  // Actors first take their ids, then their references (memberOf) follow, once every id is known.
  const actorIds = new Ids(current.actors);
  const actorMap = new Map<string, string>();
  const added: ActorJson[] = [];
  for (const actor of incoming.actors) {
    const decided = same.get(actor.id);
    const match = decided ?? matchActor(current.actors, actor)?.id;
    if (match !== undefined) actorMap.set(actor.id, match);
    else {
      const id = actorIds.claim(actor.id);
      actorMap.set(actor.id, id);
      added.push({ ...actor, id });
    }
  }
  const actorOf = (id: string) => actorMap.get(id) ?? id;
  const actors = [
    ...current.actors,
    ...added.map((actor) => ({
      ...actor,
      ...(actor.memberOf !== undefined && { memberOf: actorOf(actor.memberOf) }),
      ...(actor.evidence && { evidence: actor.evidence.map((e) => ({ ...e, source: sourceOf(e.source) })) }),
    })),
  ];

  const events = current.events.map((event) => ({ ...event }));
  const eventIds = new Ids(events);
  const eventMap = new Map<string, string>();
  for (const event of incoming.events) {
    const moved: EventJson = {
      ...event,
      actors: event.actors.map(actorOf),
      evidence: event.evidence.map((c) => ({ ...c, source: sourceOf(c.source) })),
    };
    const i = events.findIndex((e) => e.id === event.id && sameEvent(e, moved));
    if (i >= 0) {
      const match = events[i]!;
      eventMap.set(event.id, match.id);
      events[i] = {
        ...match,
        actors: union(match.actors, moved.actors, (a, b) => a === b),
        evidence: union(match.evidence, moved.evidence, (a, b) => a.source === b.source && a.quote === b.quote),
      };
    } else {
      const id = eventIds.claim(event.id);
      eventMap.set(event.id, id);
      events.push({ ...moved, id });
    }
  }

  const partnerships = current.partnerships.map((p) => ({ ...p }));
  const partnershipIds = new Ids(partnerships);
  const byKey = new Map<string, number>();
  partnerships.forEach((p, i) => {
    const key = pairKey(p.actors, p.sector);
    if (!byKey.has(key)) byKey.set(key, i);
  });
  for (const partnership of incoming.partnerships) {
    const actorsOf: [string, string] = [actorOf(partnership.actors[0]), actorOf(partnership.actors[1])];
    const sector = sectorMap.get(partnership.sector) ?? partnership.sector;
    const evidence = partnership.evidence.map((claim): EvidenceJson => ({
      ...claim,
      source: sourceOf(claim.source),
      ...(claim.event !== undefined && { event: eventMap.get(claim.event) ?? claim.event }),
    }));
    const key = pairKey(actorsOf, sector);
    const i = byKey.get(key);
    if (i !== undefined) {
      const match = partnerships[i]!;
      partnerships[i] = { ...match, evidence: union(match.evidence, evidence, sameClaim) };
    } else {
      const moved: PartnershipJson = { ...partnership, id: partnershipIds.claim(partnership.id), actors: actorsOf, sector, evidence };
      byKey.set(key, partnerships.length);
      partnerships.push(moved);
    }
  }

  return { json: { ...current, sources, actors, sectors, events, partnerships }, sourceTexts };
}

/** The same claim: the same source says the same words (or cites the same event) for the same status and date. */
export function sameClaim(a: EvidenceJson, b: EvidenceJson): boolean {
  return a.source === b.source && a.quote === b.quote && a.event === b.event && a.status === b.status && a.date === b.date;
}

/** The key a partnership is matched by: its two actors in either order, and its sector. */
export function pairKey(actors: readonly [string, string], sector: string): string {
  const [a, b] = actors[0] <= actors[1] ? actors : [actors[1], actors[0]];
  return `${a}\u0000${b}\u0000${sector}`;
}

/** The current actor an incoming one is, by id (unless their codes say otherwise) or by ISO code. */
export function matchActor(actors: readonly ActorJson[], actor: ActorJson): ActorJson | undefined {
  const byId = actors.find((a) => a.id === actor.id);
  if (byId && (byId.iso3 === undefined || actor.iso3 === undefined || byId.iso3 === actor.iso3)) return byId;
  const code = actor.iso3;
  return code === undefined ? undefined : actors.find((a) => a.iso3 === code || (a.iso3 === undefined && a.id === code));
}

function sameSource(a: SourceJson, b: SourceJson): boolean {
  if (a.url !== undefined && b.url !== undefined) return a.url === b.url;
  return foldAccents(a.title) === foldAccents(b.title) && a.published === b.published;
}

function sameName(a: SectorJson, b: SectorJson): boolean {
  return foldAccents(a.name.fr) === foldAccents(b.name.fr) || foldAccents(a.name.en) === foldAccents(b.name.en);
}

function sameEvent(a: EventJson, b: EventJson): boolean {
  return a.date === b.date && foldAccents(a.title.en) === foldAccents(b.title.en);
}

function union<T>(kept: readonly T[], more: readonly T[], equal: (a: T, b: T) => boolean): T[] {
  const out = [...kept];
  for (const item of more) if (!out.some((o) => equal(o, item))) out.push(item);
  return out;
}

/** The ids taken in one collection, and a new one for an incoming record whose id is taken. */
class Ids {
  private readonly taken: Set<string>;
  constructor(items: readonly { id: string }[]) {
    this.taken = new Set(items.map((item) => item.id));
  }
  claim(id: string): string {
    let next = id;
    // Kept within the 64 characters an id may have.
    for (let n = 2; this.taken.has(next); n++) next = `${id.slice(0, 58)}-${n}`;
    this.taken.add(next);
    return next;
  }
}
