import type { Dataset, Partnership } from '../data/indexDataset';
import type { ActorKind, Status } from '../data/schema';
import { relationId } from './relations';
import { statusRank, strongestStatus } from './strongestStatus';
import { toArcLatLngs, type LatLng } from './mapArcs';

/** An actor drawn at its location: the focus, or a partner in at least one shown partnership. */
export interface MapPlace {
  actorId: string;
  kind: ActorKind;
  latLng: LatLng;
  isFocus: boolean;
  /** The strongest status of the actor's shown partnerships; null for the focus and for actors with none shown. */
  status: Status | null;
}

/** One link per pair of actors: all their shown partnerships, drawn as one curved line. */
export interface MapLink {
  /** The relation id (`relationId`), which is also what a click on the link selects. */
  id: string;
  from: string;
  to: string;
  status: Status;
  sectorCount: number;
  partnershipIds: readonly string[];
  latLngs: readonly LatLng[];
}

export interface MapScene {
  /** The focus first, then partners from the strongest relation to the weakest. */
  places: readonly MapPlace[];
  links: readonly MapLink[];
  /** The strongest shown status of each actor that has one (what its country is filled with). */
  statusByActor: ReadonlyMap<string, Status>;
}

/**
 * What the map draws for the partnerships that pass the filters. Relations are ordered from the
 * strongest status to the weakest, then by how many sectors they span, then in dataset order, so
 * the keyboard order of the places and the drawing order of the links (weakest below) are stable.
 */
export function toMapScene(dataset: Dataset, partnerships: readonly Partnership[]): MapScene {
  const focusId = dataset.focus.id;
  const byRelation = new Map<string, Partnership[]>();
  for (const p of partnerships) {
    const id = relationId(p.actors[0], p.actors[1]);
    byRelation.set(id, [...(byRelation.get(id) ?? []), p]);
  }

  const statusByActor = new Map<string, Status>();
  for (const p of partnerships) {
    for (const id of p.actors) {
      const current = statusByActor.get(id);
      if (id !== focusId && (!current || statusRank(p.status) < statusRank(current))) statusByActor.set(id, p.status);
    }
  }

  const relations = [...byRelation.values()].map((ps, order) => {
    // The focus is the origin of every link it takes part in, whichever order the pair is written in.
    const [a, b] = ps[0]!.actors;
    const [from, to] = b === focusId ? [b, a] : [a, b];
    return {
      id: relationId(from, to),
      from,
      to,
      status: strongestStatus(ps.map((p) => p.status))!,
      sectorCount: new Set(ps.map((p) => p.sector)).size,
      partnershipIds: ps.map((p) => p.id),
      order,
    };
  });
  relations.sort((x, y) => statusRank(x.status) - statusRank(y.status) || y.sectorCount - x.sectorCount || x.order - y.order);

  const latLngOf = (id: string): LatLng | null => {
    const loc = dataset.actorById.get(id)?.location;
    return loc ? [loc.lat, loc.lon] : null;
  };

  const links: MapLink[] = [];
  for (const r of relations) {
    const from = latLngOf(r.from);
    const to = latLngOf(r.to);
    if (!from || !to) continue;
    links.push({ id: r.id, from: r.from, to: r.to, status: r.status, sectorCount: r.sectorCount, partnershipIds: r.partnershipIds, latLngs: toArcLatLngs(from, to) });
  }

  const placeIds = [focusId, ...relations.flatMap((r) => [r.from, r.to])];
  const places: MapPlace[] = [];
  for (const actorId of new Set(placeIds)) {
    const actor = dataset.actorById.get(actorId);
    const latLng = latLngOf(actorId);
    if (!actor || !latLng) continue;
    places.push({ actorId, kind: actor.kind, latLng, isFocus: actorId === focusId, status: statusByActor.get(actorId) ?? null });
  }

  return { places, links, statusByActor };
}
