import type { NetworkEdge } from '../../derive/toNetworkGraph';
import type { EntityRef } from '../../model/entityRef';

/**
 * What picking an edge stands for across the dashboard: a partnership edge is the pair's
 * relation, an event edge is the event, a membership edge is the person.
 */
export function toEdgePick(edge: NetworkEdge, people: ReadonlySet<string>): EntityRef {
  if (edge.kind === 'event' && edge.eventIds[0]) return { kind: 'event', id: edge.eventIds[0] };
  if (edge.kind === 'membership') return { kind: 'actor', id: people.has(edge.source) ? edge.source : edge.target };
  return { kind: 'relation', id: edge.id };
}
