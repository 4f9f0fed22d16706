import { useEffect } from 'react';
import type { Dataset } from '../../data/indexDataset';
import type { StoryStepJson } from '../../data/schema';
import { useAppStore } from '../../state/store';
import { parseUrlState } from '../../data/urlState';

/**
 * Puts the step's state (filters, selection) on screen, and writes `present=1&step=N` into the
 * address so that a reload or a shared link opens on the same step.
 */
export function useStepState(dataset: Dataset, step: StoryStepJson | undefined, index: number): void {
  useEffect(
    function applyStepState() {
      if (!step) return;
      const { state } = parseUrlState(step.state, dataset);
      useAppStore.getState().applyUrlState(state, []);
      const url = new URL(window.location.href);
      url.searchParams.set('present', '1');
      url.searchParams.set('step', String(index + 1));
      window.history.replaceState(null, '', url.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':'));
    },
    [dataset, step, index],
  );

  useEffect(function forgetStepOnLeave() {
    return () => {
      const url = new URL(window.location.href);
      url.searchParams.delete('present');
      url.searchParams.delete('step');
      window.history.replaceState(null, '', url.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':'));
    };
  }, []);
}
