import { useEffect, useMemo, useState } from 'react';
import type { NetworkLayout } from '../../derive/computeNetworkLayout';
import { runNetworkLayoutJob, type InitialLabels, type NetworkLayoutAnswer, type NetworkLayoutJob } from './networkLayoutJob';

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
 * workers (tests, the one-file build opened from a disk), it is computed right away. While the
 * worker runs after a resize, the previous picture stays on screen rather than blinking out. A worker still busy with a job that has
 * since changed is terminated, so an old answer can never replace a newer one.
 */
export function useNetworkLayout(job: NetworkLayoutJob | null): LayoutState {
  const inWorker = job !== null && workersAvailable();
  const direct = useMemo(() => (job && !inWorker ? runNetworkLayoutJob(job) : null), [job, inWorker]);
  const [answer, setAnswer] = useState<{ job: NetworkLayoutJob; answer: NetworkLayoutAnswer } | null>(null);

  useEffect(
    function layOutInWorker() {
      if (!job || !inWorker) return;
      const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<NetworkLayoutAnswer>) => {
        setAnswer({ job, answer: event.data });
        worker.terminate();
      };
      worker.postMessage(job);
      return () => worker.terminate();
    },
    [job, inWorker],
  );

  if (!inWorker) return { layout: direct?.layout ?? null, labels: direct?.labels ?? null, pending: false };
  if (answer?.job === job) return { ...answer.answer, pending: false };
  const kept = answer && sameNodes(answer.job, job) ? answer.answer : null;
  return { layout: kept?.layout ?? null, labels: kept?.labels ?? null, pending: true };
}

/**
 * Whether this page can start the layout worker. The one-file build opened from a disk
 * (`file://`) has an opaque origin, from which a worker script cannot be loaded, so it lays out
 * on the page itself, as tests without workers do.
 */
function workersAvailable(): boolean {
  return typeof Worker !== 'undefined' && typeof window !== 'undefined' && window.location.protocol !== 'file:';
}
