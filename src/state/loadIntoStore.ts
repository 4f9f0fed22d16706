import { loadDataset, type Fetcher } from '../data/loadDataset';
import type { Dataset } from '../data/indexDataset';
import { datasetKeeper } from './savedDataset';
import { loadSequence, type LoadTicket } from './loadSequence';
import { useAppStore, type DatasetOrigin } from './store';

/**
 * Shows a person's own dataset (a file, a paste, a drop, a published draft) if its load is still
 * the latest, then keeps it for this tab. Resolves to whether the browser kept it; null when a
 * later load took over and nothing was shown.
 */
export function showOwnDataset(ticket: LoadTicket, label: string, dataset: Dataset): Promise<boolean> | null {
  return loadSequence.commit(
    ticket,
    () => useAppStore.getState().datasetLoaded(dataset, { kind: 'own', label }),
    () => datasetKeeper.save(label, dataset),
  );
}

/**
 * Shows the shipped dataset again if its load is still the latest (`alongside` runs in the same
 * moment), and forgets this tab's own dataset, so that a reload shows the shipped one too.
 * False when a later load took over.
 */
export function showShippedDataset(ticket: LoadTicket, dataset: Dataset, alongside?: () => void): boolean {
  const shown = loadSequence.commit(
    ticket,
    () => {
      alongside?.();
      useAppStore.getState().datasetLoaded(dataset);
    },
    () => datasetKeeper.forget().then(() => true),
  );
  return shown !== null;
}

/**
 * Shows again a dataset that was on screen before (the undo of a merge), with the origin it had,
 * if its load is still the latest; the tab's saved dataset follows: a person's own is saved again,
 * and for the shipped data or a link's the tab forgets its own, as after loading them. Resolves to
 * whether storage followed; null when a later load took over.
 */
export function showDatasetAgain(ticket: LoadTicket, dataset: Dataset, origin: DatasetOrigin): Promise<boolean> | null {
  if (origin.kind === 'own') return showOwnDataset(ticket, origin.label, dataset);
  return loadSequence.commit(
    ticket,
    () => useAppStore.getState().datasetLoaded(dataset, origin),
    () => datasetKeeper.forget().then(() => true),
  );
}

/**
 * Loads a dataset from an address and hands the outcome to the store, if no later load began
 * meanwhile: the new dataset when it is whole, its issues otherwise, leaving the current dataset
 * in place.
 */
export async function loadIntoStore(url: string, label: string, fetcher?: Fetcher): Promise<void> {
  const ticket = loadSequence.begin();
  const { startLoading, datasetLoaded, datasetFailed } = useAppStore.getState();
  startLoading(label);
  const result = await loadDataset(url, fetcher, { signal: ticket.signal });
  if (result.ok) loadSequence.commit(ticket, () => datasetLoaded(result.value));
  else if (ticket.isCurrent()) datasetFailed(label, result.issues);
}
