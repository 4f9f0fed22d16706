import { filterPartnerships } from '../derive/filterPartnerships';
import type { Dataset, Partnership } from '../data/indexDataset';
import { memoizeLast } from '../derive/memoizeLast';
import { useViewFilters } from './stagedFilters';

/** Shared by every view: the list is computed once per change of the filters, not once per view. */
const filteredOf = memoizeLast(filterPartnerships);

/**
 * The partnerships that pass the current filters. The list is one stored reference per dataset
 * and filters, so views re-render only when the inputs change.
 */
export function useFilteredPartnerships(dataset: Dataset): readonly Partnership[] {
  const filters = useViewFilters();
  return filteredOf(dataset, filters);
}
