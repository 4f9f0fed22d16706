import { TIME_LIMITS } from '../../config/timeLimits';
import type { NetworkLayoutAnswer, NetworkLayoutJob } from './networkLayoutJob';
import layoutWorkerScript from './layoutWorkerScript';

/** A layout job under way, in a worker or on the page. */
export interface LayoutRun {
  /** Rejects if the job cannot be done where it runs (a worker that cannot start, fails or does not answer in time). */
  answer: Promise<NetworkLayoutAnswer>;
  /** The answer once it has come, so that a view mounting after it can draw at once. */
  done: NetworkLayoutAnswer | null;
  /** Ends the job; the answer then never comes, nor a failure. */
  stop: () => void;
}

/**
 * Starts a worker on the job; it ends itself once it has answered. The answer fails if the worker
 * cannot be created, if its script cannot be fetched or throws (the `error` event), if the job
 * cannot cross to it, or if it has not answered within the time limit: it never waits for ever.
 */
export function startLayoutWorker(job: NetworkLayoutJob): LayoutRun {
  let worker: Worker | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const end = () => {
    clearTimeout(timer);
    worker?.terminate();
  };
  const run: LayoutRun = {
    answer: new Promise((resolve, reject) => {
      const fail = (reason: string) => {
        end();
        reject(new Error(`The network's layout worker ${reason}`));
      };
      try {
        worker = layoutWorkerScript.start();
      } catch (error) {
        reject(error);
        return;
      }
      worker.onmessage = (event: MessageEvent<NetworkLayoutAnswer>) => {
        end();
        run.done = event.data;
        resolve(event.data);
      };
      worker.onerror = (event: Event) => {
        // Handled here: the page lays the network out instead, so it is no uncaught error.
        event.preventDefault();
        // A script that could not be fetched fails with a plain Event, one that threw with an ErrorEvent.
        const message = (event as Partial<ErrorEvent>).message;
        fail(message ? `failed: ${message}` : 'could not start');
      };
      worker.onmessageerror = () => fail('sent an answer that could not be read');
      timer = setTimeout(() => fail(`did not answer within ${TIME_LIMITS.layoutWorkerMs / 1000} s`), TIME_LIMITS.layoutWorkerMs);
      worker.postMessage(job);
    }),
    done: null,
    stop: end,
  };
  return run;
}

/**
 * Whether this page can start the layout worker. A page opened from a disk (`file://`) has an
 * opaque origin, from which a worker's own script file cannot be loaded; the one-file build,
 * which is the one opened that way, carries its worker's script inline and starts it there too.
 * Without workers (tests in Node or jsdom) the page lays out by itself.
 */
export function workersAvailable(): boolean {
  if (typeof Worker === 'undefined' || typeof window === 'undefined') return false;
  return layoutWorkerScript.inline || window.location.protocol !== 'file:';
}
