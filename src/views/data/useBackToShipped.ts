import { useCallback } from 'react';
import type { DataIssue } from '../../data/dataIssue';
import { loadDataset } from '../../data/loadDataset';
import { useAppStore } from '../../state/store';
import { shippedDatasetUrl } from '../../boot/initialDataset';
import { forgetOwnDataset } from '../../boot/savedDataset';

/**
 * Goes back to the shipped dataset: forgets the one kept in the browser and drops `?data=` from
 * the address, so a reload shows the shipped dataset too. The current dataset stays until the
 * shipped one has loaded in full.
 */
export function useBackToShipped(onIssues: (issues: readonly DataIssue[]) => void, onDone: () => void) {
  const datasetLoaded = useAppStore((s) => s.datasetLoaded);
  return useCallback(async () => {
    const result = await loadDataset(shippedDatasetUrl(document.baseURI));
    if (!result.ok) return onIssues(result.issues);
    await forgetOwnDataset();
    const url = new URL(window.location.href);
    if (url.searchParams.has('data')) {
      url.searchParams.delete('data');
      window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    }
    datasetLoaded(result.value);
    onDone();
  }, [datasetLoaded, onIssues, onDone]);
}
