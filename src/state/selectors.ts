import { useMemo } from 'react';
import { useAppStore } from './store';
import { filterPartnerships } from '../derive/filterPartnerships';
import { toHighlight, type Highlight } from '../derive/relations';
import type { Dataset, Partnership } from '../data/indexDataset';

/**
 * The partnerships that pass the current filters. Each selector returns a stored reference, and
 * the derived list is memoised on them, so views re-render only when the inputs change.
 */
export function useFilteredPartnerships(dataset: Dataset): Partnership[] {
  const filters = useAppStore((s) => s.filters);
  return useMemo(() => filterPartnerships(dataset, filters), [dataset, filters]);
}

/** What the current selection brings forward. */
export function useSelectionHighlight(dataset: Dataset): Highlight {
  const selection = useAppStore((s) => s.selection);
  return useMemo(() => toHighlight(dataset, selection), [dataset, selection]);
}

/** What the pointer or keyboard focus currently rests on. */
export function useHoverHighlight(dataset: Dataset): Highlight {
  const hover = useAppStore((s) => s.hover);
  return useMemo(() => toHighlight(dataset, hover), [dataset, hover]);
}
