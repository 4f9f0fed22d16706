import { useEffect, useMemo, useState } from 'react';
import { computeNetworkLayout, type NetworkLayout, type NetworkLayoutInput } from '../../derive/computeNetworkLayout';

/** Above this many actors the layout takes long enough to freeze the page, so a worker runs it. */
export const WORKER_THRESHOLD = 120;

export interface LayoutState {
  /** The layout to draw: the current one, or while a worker is busy the last one of the same nodes (null if none). */
  layout: NetworkLayout | null;
  /** True while a worker is laying out the current input. */
  pending: boolean;
}

const sameNodes = (a: NetworkLayoutInput, b: NetworkLayoutInput) =>
  a.nodes.length === b.nodes.length && a.nodes.every((n, i) => n.id === b.nodes[i]?.id);

/**
 * The layout of the input: computed right away for a small network, in a Web Worker for a large
 * one. While the worker runs after a resize, the previous picture stays on screen rather than
 * blinking out. A worker still busy with an input that has since changed is terminated, so an old
 * answer can never replace a newer one.
 */
export function useNetworkLayout(input: NetworkLayoutInput | null): LayoutState {
  const inWorker = input !== null && input.nodes.length > WORKER_THRESHOLD && typeof Worker !== 'undefined';
  const direct = useMemo(() => (input && !inWorker ? computeNetworkLayout(input) : null), [input, inWorker]);
  const [answer, setAnswer] = useState<{ input: NetworkLayoutInput; layout: NetworkLayout } | null>(null);

  useEffect(
    function layOutInWorker() {
      if (!input || !inWorker) return;
      const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<NetworkLayout>) => {
        setAnswer({ input, layout: event.data });
        worker.terminate();
      };
      worker.postMessage(input);
      return () => worker.terminate();
    },
    [input, inWorker],
  );

  if (!inWorker) return { layout: direct, pending: false };
  if (answer?.input === input) return { layout: answer.layout, pending: false };
  return { layout: answer && sameNodes(answer.input, input) ? answer.layout : null, pending: true };
}
