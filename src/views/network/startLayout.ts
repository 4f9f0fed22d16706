import type { NetworkLayoutJob } from './networkLayoutJob';
import { startLayoutOnPage } from './layOutOnPage';
import { startLayoutWorker, type LayoutRun } from './networkLayoutWorker';

/**
 * Lays the job out in a worker, or, if the worker cannot start, fails or does not answer in time
 * (offline, its script could not be fetched), on the page in slices: the same pure function, so
 * the same picture. The answer fails only if the layout itself does.
 */
export function startLayout(job: NetworkLayoutJob): LayoutRun {
  let current = startLayoutWorker(job);
  let stopped = false;
  const run: LayoutRun = {
    answer: current.answer
      .catch(() => {
        // A job stopped as its worker failed is not taken up on the page.
        if (stopped) return new Promise<never>(() => undefined);
        current = startLayoutOnPage(job);
        return current.answer;
      })
      .then((answer) => {
        run.done = answer;
        return answer;
      }),
    done: null,
    stop: () => {
      stopped = true;
      current.stop();
    },
  };
  return run;
}
