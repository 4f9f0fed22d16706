/**
 * A reference to one thing of a dataset that a person can point at or select: an actor, a
 * partnership, a relation (every partnership of one pair of actors, `id` being the two actor ids
 * joined by `relationId`) or a dated event. Every view, the URL and the details speak of what is
 * hovered or selected in these terms.
 */
export type EntityRef = { kind: 'actor' | 'partnership' | 'relation' | 'event'; id: string };

export const sameRef = (a: EntityRef | null, b: EntityRef | null): boolean =>
  a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);

/** The id of the relation between two actors, the same whichever order they are given in. */
export function relationId(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

const pairIds = new WeakMap<readonly string[], string>();

/**
 * `relationId` of a partnership's two actors, made once per actors array, which every date's state
 * of the partnership shares. A filter or a date step at 50,000 partnerships looks pairs up by
 * this id tens of thousands of times, and an id made again is a new string, hashed again.
 */
export function pairIdOf(actors: readonly [string, string]): string {
  let id = pairIds.get(actors);
  if (id === undefined) {
    id = relationId(actors[0], actors[1]);
    pairIds.set(actors, id);
  }
  return id;
}

export function relationActors(id: string): [string, string] {
  const [a = '', b = ''] = id.split('|');
  return [a, b];
}
