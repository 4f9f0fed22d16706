import type { ActorJson } from '../data/schema';
import { capLabel } from '../text/capLabel';
import type { ActorKind } from '../model/actorKinds';
import type { Lang } from '../model/lang';

/**
 * An actor's name as a sentence needs it: the words in the language on screen, and what French
 * reads from the actor to put "de" or "le" before them (its kind, and a country's ISO code).
 */
export interface Named {
  name: string;
  kind: ActorKind;
  /** The ISO 3166 alpha-3 code of a country; the actor's id otherwise. */
  code: string;
}

/** A sentence names an actor as its label does, cut past `LABEL_MAX`; the label keeps the full name. */
export function named(actor: Pick<ActorJson, 'id' | 'kind' | 'iso3' | 'name'>, lang: Lang): Named {
  return { name: capLabel(actor.name[lang]), kind: actor.kind, code: actor.iso3 ?? actor.id };
}

/** The actor's name, or its id alone when no actor has it (an id is never worded with an article). */
export function namedOr(actor: Pick<ActorJson, 'id' | 'kind' | 'iso3' | 'name'> | undefined, id: string, lang: Lang): Named {
  return actor ? named(actor, lang) : { name: id, kind: 'person', code: id };
}
