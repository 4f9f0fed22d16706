import type { Dataset } from '../data/indexDataset';
import type { EmbedView } from '../config/appConfig';

/** One view alone, for an iframe; filled by the journalists' issue. */
export default function EmbedApp({ view, dataset }: { view: EmbedView; dataset: Dataset }) {
  void dataset;
  return <p>{view}</p>;
}
