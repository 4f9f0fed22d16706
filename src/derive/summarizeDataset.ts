import type { Dataset } from '../data/indexDataset';

export interface DatasetSummary {
  /** The actors the dataset pairs with another in at least one partnership, the focus left out. */
  partners: number;
  partnerships: number;
  /** The sectors at least one partnership is in. */
  sectors: number;
}

/** What the whole dataset holds, in three counts, for the one line under its title. */
export function summarizeDataset(dataset: Dataset): DatasetSummary {
  const partners = new Set<string>();
  const sectors = new Set<string>();
  for (const p of dataset.partnerships) {
    for (const id of p.actors) if (id !== dataset.focus.id) partners.add(id);
    sectors.add(p.sector);
  }
  return { partners: partners.size, partnerships: dataset.partnerships.length, sectors: sectors.size };
}
