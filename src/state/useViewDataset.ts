import { useAppStore } from './store';
import { memoizeLast } from '../derive/memoizeLast';
import { datasetOn } from '../derive/datasetOn';
import type { Dataset } from '../data/indexDataset';

const viewDatasetOf = memoizeLast((dataset: Dataset | null, date: string | null, from: string | null) =>
  dataset ? datasetOn(dataset, date, from) : null,
);

/**
 * The dataset every view draws: the loaded one as its sources describe it on the chosen date,
 * centred on the chosen actor. One stored reference per dataset, date and centre.
 */
export function useViewDataset(): Dataset | null {
  return useAppStore((s) => viewDatasetOf(s.dataset, s.date, s.from));
}
