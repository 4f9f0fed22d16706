import type { Dataset } from '../../data/indexDataset';

const keys = new WeakMap<Dataset, number>();
let count = 0;

/**
 * A number per dataset object, the same for as long as that dataset is loaded: what a layer read
 * once is keyed by (`Basemap`), and how the frame tells another dataset from a filter (`MapFraming`).
 */
export function datasetKey(dataset: Dataset): number {
  if (!keys.has(dataset)) keys.set(dataset, ++count);
  return keys.get(dataset)!;
}
