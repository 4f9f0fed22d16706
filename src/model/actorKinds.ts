/** What an actor is: a state, an organization (alliance, UN mission, company, armed group) or a person. */
export const ACTOR_KINDS = ['country', 'organization', 'person'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
