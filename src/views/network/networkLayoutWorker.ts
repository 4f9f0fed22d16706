import type { NetworkLayoutAnswer, NetworkLayoutJob } from './networkLayoutJob';

/** A layout job running in a Web Worker. */
export interface LayoutRun {
  answer: Promise<NetworkLayoutAnswer>;
  /** The answer once it has come, so that a view mounting after it can draw at once. */
  done: NetworkLayoutAnswer | null;
  /** Ends the worker; the answer then never comes. */
  stop: () => void;
}

/** Starts a worker on the job; it ends itself once it has answered. */
export function startLayoutWorker(job: NetworkLayoutJob): LayoutRun {
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  const run: LayoutRun = {
    answer: new Promise((resolve) => {
      worker.onmessage = (event: MessageEvent<NetworkLayoutAnswer>) => {
        run.done = event.data;
        worker.terminate();
        resolve(event.data);
      };
    }),
    done: null,
    stop: () => worker.terminate(),
  };
  worker.postMessage(job);
  return run;
}

/**
 * Whether this page can start the layout worker. The one-file build opened from a disk
 * (`file://`) has an opaque origin, from which a worker script cannot be loaded, so it lays out
 * on the page itself, as tests without workers do.
 */
export function workersAvailable(): boolean {
  return typeof Worker !== 'undefined' && typeof window !== 'undefined' && window.location.protocol !== 'file:';
}
