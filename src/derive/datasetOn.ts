import { withPartnerships, type Dataset, type Partnership } from '../data/indexDataset';
import { statusOn } from '../data/claimTimeline';

/**
 * The dataset as its sources describe it on `date` (an ISO day; null for the latest they speak
 * of), seen from `from` (an actor id; null for the dataset's own point of view). A partnership no
 * claim speaks of by that date is left out; the others carry their status on that date and where
 * their sources disagree. Every view draws this, so each follows the date and the point of view
 * without knowing of them.
 */
export function datasetOn(dataset: Dataset, date: string | null, from: string | null): Dataset {
  const focusId = from !== null && dataset.actorById.has(from) ? from : dataset.focus.id;
  if (date === null) return focusId === dataset.focus.id ? dataset : withPartnerships(dataset, dataset.partnerships, focusId);
  const partnerships = dataset.partnerships.flatMap((p): Partnership[] => {
    const on = statusOn(p.claims, date);
    if (!on) return [];
    return on.status === p.status && on.disagreement === p.disagreement
      ? [p]
      : [{ ...p, status: on.status, disagreement: on.disagreement }];
  });
  return withPartnerships(dataset, partnerships, focusId);
}
