import { networkLayoutJobInSteps, type NetworkLayoutAnswer, type NetworkLayoutJob } from './networkLayoutJob';
import type { LayoutRun } from './networkLayoutWorker';

/**
 * How long the page lays out before it lets the browser handle input and paint: short enough
 * that a click or a key is answered within a frame or two.
 */
const SLICE_MS = 8;

/**
 * Runs the layout job on the page, in slices of a few milliseconds, each in a task of its own:
 * the way to the same picture when no worker answers, without freezing the page for the
 * hundreds of milliseconds (seconds, on a phone) a large network takes.
 */
export function startLayoutOnPage(job: NetworkLayoutJob): LayoutRun {
  const steps = networkLayoutJobInSteps(job);
  let stopped = false;
  const run: LayoutRun = {
    answer: new Promise<NetworkLayoutAnswer>((resolve, reject) => {
      const slice = () => {
        if (stopped) return;
        const end = performance.now() + SLICE_MS;
        try {
          for (;;) {
            const next = steps.next();
            if (next.done) {
              run.done = next.value;
              resolve(next.value);
              return;
            }
            if (performance.now() >= end) break;
          }
        } catch (error) {
          reject(error);
          return;
        }
        inNextTask(slice);
      };
      inNextTask(slice);
    }),
    done: null,
    stop: () => {
      stopped = true;
    },
  };
  return run;
}

/**
 * A new task, not a timer: nested timers are held back 4 ms each, which would stretch the layout
 * to several times its work.
 */
function inNextTask(work: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    work();
  };
  channel.port2.postMessage(null);
}
