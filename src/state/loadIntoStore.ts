import { loadDataset, type Fetcher } from '../data/loadDataset';
import { useAppStore } from './store';

/**
 * Loads a dataset and hands the outcome to the store: the new dataset when it is whole, its
 * issues otherwise, leaving the current dataset in place.
 */
export async function loadIntoStore(url: string, label: string, fetcher?: Fetcher): Promise<void> {
  const { startLoading, datasetLoaded, datasetFailed } = useAppStore.getState();
  startLoading(label);
  const result = await loadDataset(url, fetcher);
  if (result.ok) datasetLoaded(result.value);
  else datasetFailed(label, result.issues);
}
