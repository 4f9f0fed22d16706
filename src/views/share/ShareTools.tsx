import type { Dataset } from '../../data/indexDataset';

/** Embed and export controls for the dashboard's toolbar; filled by the journalists' issue. */
export function ShareTools({ dataset }: { dataset: Dataset }) {
  void dataset;
  return null;
}
