import type { Dataset, Partnership } from '../data/indexDataset';
import { clipArcAtShape, toArcLatLngs } from './mapArcs';
import type { FocusShape } from './mapFocusShape';
import { type Status, statusRank, strongestStatus } from '../model/statuses';
import type { ActorKind } from '../model/actorKinds';
import { pairIdOf, relationId } from '../model/entityRef';
import type { LatLng } from './geoTypes';

/** An actor drawn at its location: the focus, or a partner in at least one shown partnership. */
export interface MapPlace {
  actorId: string;
  kind: ActorKind;
  latLng: LatLng;
  isFocus: boolean;
  /** Whether it shares a shown partnership with the focus: what the map frames, beside the focus. */
  isPartner: boolean;
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
  /** Whether the focus is one of its ends: a tie between two other actors is drawn lighter, below. */
  withFocus: boolean;
}

export interface MapScene {
  /** The focus first, then its partners from the strongest relation to the weakest, then the actors of the other ties. */
  places: readonly MapPlace[];
  links: readonly MapLink[];
  /** The strongest shown status of each actor that has one (what its country is filled with). */
  statusByActor: ReadonlyMap<string, Status>;
}

// A link's arc depends only on its two places, so each is computed once per set of actors (the
// dataset's, which every date and point of view of it shares) and shared by every scene: a filter
// or a step of the date slider then hands the links that stay the very same arrays, which the map
// compares by reference, instead of equal new ones it would have to compare point by point (and
// 38,000 arcs computed again at each date step at 50,000 partnerships).
const arcsByActors = new WeakMap<readonly unknown[], Map<string, readonly LatLng[]>>();
function arcsOf(dataset: Dataset): Map<string, readonly LatLng[]> {
  let arcs = arcsByActors.get(dataset.actors);
  if (!arcs) {
    arcs = new Map();
    arcsByActors.set(dataset.actors, arcs);
  }
  return arcs;
}

const wholeScenes = new WeakMap<Dataset, MapScene>();

/**
 * What the map draws for every partnership of the dataset, whatever the filters: once per dataset,
 * for what must not change with them (the order of the places, whether the map is dense).
 */
export function toWholeMapScene(dataset: Dataset): MapScene {
  let scene = wholeScenes.get(dataset);
  if (!scene) {
    scene = toMapScene(dataset, dataset.partnerships);
    wholeScenes.set(dataset, scene);
  }
  return scene;
}

/**
 * What the map draws for the partnerships that pass the filters. Relations are ordered the
 * focus's first, then from the strongest status to the weakest, then by how many sectors they span, then in dataset order, so
 * the keyboard order of the places and the drawing order of the links (weakest below) are stable.
 */
export function toMapScene(dataset: Dataset, partnerships: readonly Partnership[]): MapScene {
  const focusId = dataset.focus.id;
  const byRelation = new Map<string, Partnership[]>();
  for (const p of partnerships) {
    const id = pairIdOf(p.actors);
    const list = byRelation.get(id);
    if (list) list.push(p);
    else byRelation.set(id, [p]);
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
      withFocus: from === focusId,
      order,
    };
  });
  // The focus's ties come first, and so are drawn last, on top of the ties among other actors.
  relations.sort(
    (x, y) =>
      Number(y.withFocus) - Number(x.withFocus) ||
      statusRank(x.status) - statusRank(y.status) ||
      y.sectorCount - x.sectorCount ||
      x.order - y.order,
  );

  const latLngOf = (id: string): LatLng | null => {
    const loc = dataset.actorById.get(id)?.location;
    return loc ? [loc.lat, loc.lon] : null;
  };

  const arcs = arcsOf(dataset);
  const links: MapLink[] = [];
  for (const r of relations) {
    const from = latLngOf(r.from);
    const to = latLngOf(r.to);
    if (!from || !to) continue;
    // Keyed by direction: a link between two partners bends by which end it starts from.
    const arcKey = `${r.from}>${r.to}`;
    let latLngs = arcs.get(arcKey);
    if (!latLngs) {
      latLngs = toArcLatLngs(from, to);
      arcs.set(arcKey, latLngs);
    }
    links.push({
      id: r.id,
      from: r.from,
      to: r.to,
      status: r.status,
      sectorCount: r.sectorCount,
      partnershipIds: r.partnershipIds,
      latLngs,
      withFocus: r.withFocus,
    });
  }

  const partners = new Set(relations.filter((r) => r.withFocus).map((r) => r.to));
  const placeIds = [focusId, ...relations.flatMap((r) => [r.from, r.to])];
  const places: MapPlace[] = [];
  for (const actorId of new Set(placeIds)) {
    const actor = dataset.actorById.get(actorId);
    const latLng = latLngOf(actorId);
    if (!actor || !latLng) continue;
    places.push({
      actorId,
      kind: actor.kind,
      latLng,
      isFocus: actorId === focusId,
      isPartner: partners.has(actorId),
      status: statusByActor.get(actorId) ?? null,
    });
  }

  return { places, links, statusByActor };
}

/**
 * The most sectors any one link spans over the whole dataset, whatever the filters: the top of
 * the link width scale, so a link keeps its width when filters change. Counted as `toMapScene`
 * counts a link's sectors, over the relations whose two actors both have a location.
 */
export function maxLinkSectors(dataset: Dataset): number {
  const sectorsByRelation = new Map<string, Set<string>>();
  for (const p of dataset.partnerships) {
    const [a, b] = p.actors;
    if (!dataset.actorById.get(a)?.location || !dataset.actorById.get(b)?.location) continue;
    const id = pairIdOf(p.actors);
    const sectors = sectorsByRelation.get(id);
    if (sectors) sectors.add(p.sector);
    else sectorsByRelation.set(id, new Set([p.sector]));
  }
  let max = 1;
  for (const sectors of sectorsByRelation.values()) max = Math.max(max, sectors.size);
  return max;
}

// A clipped arc depends only on its whole arc and the shape, so each is cut once per shape: the
// links a filter keeps are handed on as the very same arrays (see `arcsOf`).
const clippedByShape = new WeakMap<FocusShape, WeakMap<readonly LatLng[], readonly LatLng[]>>();

/**
 * The links with each arc from the focus cut where it leaves the focus's shape (`clipArcAtShape`),
 * so links meet at the focus's border rather than crossing its country to its capital.
 */
export function clipLinksAtFocus(links: readonly MapLink[], shape: FocusShape | null, focusId: string): readonly MapLink[] {
  if (!shape) return links;
  let clipped = clippedByShape.get(shape);
  if (!clipped) {
    clipped = new WeakMap();
    clippedByShape.set(shape, clipped);
  }
  const cache = clipped;
  return links.map((link) => {
    if (link.from !== focusId) return link;
    let latLngs = cache.get(link.latLngs);
    if (!latLngs) {
      latLngs = clipArcAtShape(link.latLngs, shape.polygons);
      cache.set(link.latLngs, latLngs);
    }
    return latLngs === link.latLngs ? link : { ...link, latLngs };
  });
}
