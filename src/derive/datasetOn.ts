import { withPartnerships, type Dataset, type Partnership } from '../data/indexDataset';
import { statusOn, type Disagreement } from '../data/claimTimeline';

/** Each loaded dataset's latest state from each point of view, made once, so every date shares it. */
const latestFrom = new WeakMap<Dataset, Map<string, Dataset>>();
/** The latest state of each dataset made for a date. */
const latestOfDated = new WeakMap<Dataset, Dataset>();
/**
 * Each partnership's states on other dates than its latest, made once: a partnership the same on
 * two dates is the same object on both, so what a view keeps per partnership (a table's row)
 * serves every date it is the same on.
 */
const statesOf = new WeakMap<Partnership, Partnership[]>();

/**
 * The dataset as its sources describe it on `date` (an ISO day; null for the latest they speak
 * of), seen from `from` (an actor id; null for the dataset's own point of view). A partnership no
 * claim speaks of by that date is left out; the others carry their status on that date and where
 * their sources disagree. Every view draws this, so each follows the date and the point of view
 * without knowing of them.
 */
export function datasetOn(dataset: Dataset, date: string | null, from: string | null): Dataset {
  const focusId = from !== null && dataset.actorById.has(from) ? from : dataset.focus.id;
  const latest = latestState(dataset, focusId);
  if (date === null) return latest;
  const partnerships = dataset.partnerships.flatMap((p): Partnership[] => {
    const on = statusOn(p.claims, date);
    if (!on) return [];
    if (on.status === p.status && sameDisagreement(on.disagreement, p.disagreement)) return [p];
    const states = statesOf.get(p);
    const made = states?.find((state) => state.status === on.status && sameDisagreement(on.disagreement, state.disagreement));
    if (made) return [made];
    const state = { ...p, status: on.status, disagreement: on.disagreement };
    if (states) states.push(state);
    else statesOf.set(p, [state]);
    return [state];
  });
  const dated = withPartnerships(dataset, partnerships, focusId);
  latestOfDated.set(dated, latest);
  return dated;
}

/**
 * The latest state, from the same point of view, of a dataset `datasetOn` made for a date: what
 * stays the same while the date moves (the network lays it out, so a date step moves no node).
 * Any other dataset is its own latest.
 */
export function latestOf(dataset: Dataset): Dataset {
  return latestOfDated.get(dataset) ?? dataset;
}

function latestState(dataset: Dataset, focusId: string): Dataset {
  if (focusId === dataset.focus.id) return dataset;
  let byFocus = latestFrom.get(dataset);
  if (!byFocus) latestFrom.set(dataset, (byFocus = new Map()));
  let made = byFocus.get(focusId);
  if (!made) byFocus.set(focusId, (made = withPartnerships(dataset, dataset.partnerships, focusId)));
  return made;
}

/** Whether two disagreements have the same sides, each with the same status and the very same claims. */
function sameDisagreement(a: Disagreement | null, b: Disagreement | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.sides.length !== b.sides.length) return false;
  return a.sides.every((side, i) => {
    const other = b.sides[i]!;
    return side.status === other.status && side.claims.length === other.claims.length && side.claims.every((c, j) => c === other.claims[j]);
  });
}
