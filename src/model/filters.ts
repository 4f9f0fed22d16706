import type { ActorKind } from './actorKinds';
import type { Status } from './statuses';

/** What the filters keep. An empty list means "all"; otherwise only what it lists is shown. */
export interface Filters {
  statuses: readonly Status[];
  sectors: readonly string[];
  kinds: readonly ActorKind[];
  search: string;
}

export const EMPTY_FILTERS: Filters = { statuses: [], sectors: [], kinds: [], search: '' };
