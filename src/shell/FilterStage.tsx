import { useEffect, type ReactNode } from 'react';
import { FilterStageContext, joinFilterStages } from '../state/stagedFilters';

/** Makes a dashboard view follow the filters in its turn (`useViewFilters`). */
export function FilterStage({ view, children }: { view: string; children: ReactNode }) {
  useEffect(() => joinFilterStages(view), [view]);
  return <FilterStageContext.Provider value={view}>{children}</FilterStageContext.Provider>;
}
