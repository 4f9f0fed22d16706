import { useEffect, useMemo, useState } from 'react';
import type { NetworkLayout } from '../../derive/computeNetworkLayout';
import { runNetworkLayoutJob, type InitialLabels, type NetworkLayoutAnswer, type NetworkLayoutJob } from './networkLayoutJob';
import { networkRunAhead } from './networkLayoutAhead';
import { startLayoutWorker, workersAvailable } from './networkLayoutWorker';

export interface LayoutState {
  /** The layout to draw: the current one, or while a worker is busy the last one of the same nodes (null if none). */
  layout: NetworkLayout | null;
  /** The whole graph's names, placed with that layout. */
  labels: InitialLabels | null;
  /** True while a worker is laying out the current input. */
  pending: boolean;
}

const sameNodes = (a: NetworkLayoutJob, b: NetworkLayoutJob) =>
  a.input.nodes.length === b.input.nodes.length && a.input.nodes.every((n, i) => n.id === b.input.nodes[i]?.id);

/**
 * The layout of the job, computed in a Web Worker: even the article's eleven actors take tens of
 * milliseconds of d3-force, four times that on a phone, which would block the page while it
 * starts. The worker runs the same pure function, so the picture is the same. Where there are no
 * workers (tests, the one-file build opened from a disk), it is computed right away. A job that
 * was started ahead, before the view mounted (`layOutNetworkAhead`), is not started again: its
 * answer is drawn at once if it has come, or awaited. While the worker runs after a resize, the
 * previous picture stays on screen rather than blinking out. A worker still busy with a job that
 * has since changed is terminated, so an old answer can never replace a newer one.
 */
export function useNetworkLayout(job: NetworkLayoutJob | null): LayoutState {
  const inWorker = job !== null && workersAvailable();
  const direct = useMemo(() => (job && !inWorker ? runNetworkLayoutJob(job) : null), [job, inWorker]);
  const [answer, setAnswer] = useState<{ job: NetworkLayoutJob; answer: NetworkLayoutAnswer } | null>(null);
  const ahead = job && inWorker ? networkRunAhead(job) : null;

  useEffect(
    function layOutInWorker() {
      if (!job || !inWorker) return;
      const run = networkRunAhead(job);
      if (run) {
        let current = true;
        void run.answer.then((done) => current && setAnswer({ job, answer: done }));
        return () => {
          current = false;
        };
      }
      const own = startLayoutWorker(job);
      void own.answer.then((done) => setAnswer({ job, answer: done }));
      return own.stop;
    },
    [job, inWorker],
  );

  if (!inWorker) return { layout: direct?.layout ?? null, labels: direct?.labels ?? null, pending: false };
  if (answer?.job === job) return { ...answer.answer, pending: false };
  if (ahead?.done) return { ...ahead.done, pending: false };
  const kept = answer && sameNodes(answer.job, job) ? answer.answer : null;
  return { layout: kept?.layout ?? null, labels: kept?.labels ?? null, pending: true };
}
