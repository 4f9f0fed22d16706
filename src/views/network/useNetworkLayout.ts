import { useCallback, useEffect, useMemo, useState } from 'react';
import type { NetworkLayout } from '../../derive/computeNetworkLayout';
import { runNetworkLayoutJob, type InitialLabels, type NetworkLayoutAnswer, type NetworkLayoutJob } from './networkLayoutJob';
import { networkRunAhead } from './networkLayoutAhead';
import { workersAvailable } from './networkLayoutWorker';
import { startLayout } from './startLayout';

export interface LayoutState {
  /** The layout to draw: the current one, or while a worker is busy the last one of the same nodes (null if none). */
  layout: NetworkLayout | null;
  /** The whole graph's names, placed with that layout. */
  labels: InitialLabels | null;
  /** True while a worker is laying out the current input. */
  pending: boolean;
  /** True if the current input could not be laid out, in a worker or on the page. */
  failed: boolean;
  /** Lays the current input out again, after a failure. */
  retry: () => void;
}

const sameNodes = (a: NetworkLayoutJob, b: NetworkLayoutJob) =>
  a.input.nodes.length === b.input.nodes.length && a.input.nodes.every((n, i) => n.id === b.input.nodes[i]?.id);

/**
 * The layout of the job, computed in a Web Worker: even the article's eleven actors take tens of
 * milliseconds of d3-force, four times that on a phone, which would block the page while it
 * starts. The worker runs the same pure function, so the picture is the same; if it cannot start,
 * fails or does not answer in time, the page lays the network out itself, in slices
 * (`startLayout`). Where there are no workers (tests in Node or jsdom), it is computed right
 * away. A job that was started ahead, before the view mounted
 * (`layOutNetworkAhead`), is not started again: its answer is drawn at once if it has come, or
 * awaited. While the worker runs after a resize, the previous picture stays on screen rather than
 * blinking out. A worker still busy with a job that has since changed is terminated, so an old
 * answer can never replace a newer one.
 */
export function useNetworkLayout(job: NetworkLayoutJob | null): LayoutState {
  const inWorker = job !== null && workersAvailable();
  const direct = useMemo(() => (job && !inWorker ? runNetworkLayoutJob(job) : null), [job, inWorker]);
  const [answer, setAnswer] = useState<{ job: NetworkLayoutJob; answer: NetworkLayoutAnswer } | null>(null);
  const [failedJob, setFailedJob] = useState<NetworkLayoutJob | null>(null);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setFailedJob(null);
    setAttempt((was) => was + 1);
  }, []);
  const ahead = job && inWorker ? networkRunAhead(job) : null;

  useEffect(
    function layOutOffThePage() {
      if (!job || !inWorker) return;
      let current = true;
      // A retry lays out afresh rather than wait on the run that failed.
      const run = (attempt === 0 ? networkRunAhead(job) : null) ?? startLayout(job);
      const own = run !== networkRunAhead(job);
      run.answer.then(
        (done) => current && setAnswer({ job, answer: done }),
        () => current && setFailedJob(job),
      );
      return () => {
        current = false;
        if (own) run.stop();
      };
    },
    [job, inWorker, attempt],
  );

  const failed = job !== null && failedJob === job;
  if (!inWorker) return { layout: direct?.layout ?? null, labels: direct?.labels ?? null, pending: false, failed: false, retry };
  if (answer?.job === job) return { ...answer.answer, pending: false, failed: false, retry };
  if (ahead?.done && attempt === 0) return { ...ahead.done, pending: false, failed: false, retry };
  const kept = answer && sameNodes(answer.job, job) ? answer.answer : null;
  return { layout: kept?.layout ?? null, labels: kept?.labels ?? null, pending: !failed, failed, retry };
}
