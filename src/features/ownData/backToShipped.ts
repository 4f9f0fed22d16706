import type { Dataset } from '../../data/indexDataset';
import type { LoadTicket } from '../../state/loadSequence';
import { showShippedDataset } from '../../state/loadIntoStore';

/**
 * Shows the shipped dataset again, if its load is still the latest: the tab forgets its own
 * dataset and the address drops `?data=`, so that a reload shows the shipped dataset too. False
 * when a later load took over, and then nothing changes.
 */
export function showShippedAgain(ticket: LoadTicket, dataset: Dataset): boolean {
  return showShippedDataset(ticket, dataset, dropDataLink);
}

function dropDataLink() {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('data')) return;
  url.searchParams.delete('data');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}
