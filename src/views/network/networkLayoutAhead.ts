import type { Dataset } from '../../data/indexDataset';
import { toNetworkGraph } from '../../derive/toNetworkGraph';
import { memoizeLast } from '../../derive/memoizeLast';
import type { NetworkLayoutJob } from './networkLayoutJob';
import { workersAvailable, type LayoutRun } from './networkLayoutWorker';
import { startLayout } from './startLayout';
import { toNetworkLayoutJob } from './toNetworkLayoutJob';

/** The dataset's whole graph, which the layout is computed on: built once, whether ahead of the view or by it. */
export const wholeNetworkGraph = memoizeLast((dataset: Dataset) => toNetworkGraph(dataset, dataset.partnerships));

let ahead: { dataset: Dataset; width: number; job: NetworkLayoutJob; run: LayoutRun } | null = null;

/**
 * Starts laying out the dataset's whole network in a worker before the view is rendered, at the
 * width its region has (the view's box fills the region), so that the layout, the longest work of
 * any view, is under way while the page fetches and renders the view. The view takes the job and
 * its answer over when it mounts at that width (`networkJobAhead`, `networkRunAhead`); at another
 * width, or for another dataset, it lays out its own. Without workers it does nothing: the
 * layout would block the page. A worker that fails hands the job to the page (`startLayout`).
 */
export function layOutNetworkAhead(dataset: Dataset): void {
  // The region is rendered by the dashboard with this id; an embed has none, and lays out as it mounts.
  const region = typeof document === 'undefined' ? null : document.getElementById('view-network');
  if (!region || !workersAvailable()) return;
  const style = getComputedStyle(region);
  const width = Math.round(region.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
  if (!(width > 0) || (ahead?.dataset === dataset && ahead.width === width)) return;
  ahead?.run.stop();
  const job = toNetworkLayoutJob(dataset, wholeNetworkGraph(dataset), width);
  const run = startLayout(job);
  // The view reports a failure when it takes the job over; until then there is no one to tell.
  run.answer.catch(() => undefined);
  ahead = { dataset, width, job, run };
}

/** The job laid out ahead for this dataset at this width, if there is one. */
export function networkJobAhead(dataset: Dataset, width: number): NetworkLayoutJob | null {
  return ahead?.dataset === dataset && ahead.width === width ? ahead.job : null;
}

/** The worker laying out (or done laying out) this very job ahead, if it is that job. */
export function networkRunAhead(job: NetworkLayoutJob): LayoutRun | null {
  return ahead?.job === job ? ahead.run : null;
}
