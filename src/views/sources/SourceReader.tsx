import type { Dataset } from '../../data/indexDataset';

/** Filled by its own issue; the shell lays out its region already. */
export default function SourceReader({ dataset }: { dataset: Dataset }) {
  return <p className="view-pending">{dataset.partnerships.length}</p>;
}
