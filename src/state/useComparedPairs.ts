import { useAppStore } from './store';
import { memoizeLast } from '../derive/memoizeLast';
import { changesByPair, compareDates, type ChangeKind } from '../derive/compareDates';
import type { Dataset } from '../data/indexDataset';

const pairsOf = memoizeLast((dataset: Dataset | null, compared: { from: string; to: string } | null) =>
  dataset && compared ? changesByPair(compareDates(dataset, compared.from, compared.to)) : null,
);

/**
 * The pairs of actors whose partnerships changed between the two dates a person chose to mark
 * (the date control's Compare), by `relationId`; null when no comparison is marked. The loaded
 * dataset is compared, not the one seen on a date, so a pair ended by then is still found.
 */
export function useComparedPairs(): ReadonlyMap<string, readonly ChangeKind[]> | null {
  return useAppStore((s) => pairsOf(s.dataset, s.compared));
}
