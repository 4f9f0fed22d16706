import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { FilterStage } from '../../../src/shell/FilterStage';
import { setPauseBetweenViews, useViewFilters } from '../../../src/state/stagedFilters';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';

/** The filters two dashboard views draw with, and those of a component outside the views (the filter bar). */
function renderViews() {
  const inView = (view: string) =>
    function Wrapper({ children }: { children: ReactNode }) {
      return <FilterStage view={view}>{children}</FilterStage>;
    };
  const map = renderHook(() => useViewFilters(), { wrapper: inView('map') });
  const table = renderHook(() => useViewFilters(), { wrapper: inView('table') });
  const bar = renderHook(() => useViewFilters());
  return { map: () => map.result.current.sectors, table: () => table.result.current.sectors, bar: () => bar.result.current.sectors };
}

// The pauses between views are let go one at a time, so each step is the test's, not a timer's.
const waiting: (() => void)[] = [];
setPauseBetweenViews(() => new Promise<void>((resolve) => waiting.push(resolve)));
const nextTask = () =>
  act(async () => {
    waiting.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

describe('filters reaching the dashboard’s views in turn', () => {
  afterEach(() => {
    cleanup();
    // A pause left waiting by a test ends with it.
    waiting.splice(0).forEach((release) => release());
  });

  it('moves the filter bar at once, then each view in a task of its own, in the order the views came', async () => {
    useAppStore.getState().datasetLoaded(articleDataset());
    const views = renderViews();
    act(() => useAppStore.getState().toggleSector('energy'));
    expect(views.bar()).toEqual(['energy']);
    expect(views.map()).toEqual([]);
    expect(views.table()).toEqual([]);
    await nextTask();
    expect(views.map()).toEqual(['energy']);
    expect(views.table()).toEqual([]);
    await nextTask();
    expect(views.table()).toEqual(['energy']);
  });

  it('takes every view to the latest filters, skipping those a second click replaced', async () => {
    useAppStore.getState().datasetLoaded(articleDataset());
    const views = renderViews();
    act(() => useAppStore.getState().toggleSector('energy'));
    act(() => useAppStore.getState().toggleSector('security'));
    await nextTask();
    await nextTask();
    expect(views.map()).toEqual(['energy', 'security']);
    expect(views.table()).toEqual(['energy', 'security']);
  });

  it('gives every view a new dataset’s filters at once', async () => {
    useAppStore.getState().datasetLoaded(articleDataset());
    const views = renderViews();
    act(() => useAppStore.getState().toggleSector('energy'));
    act(() => useAppStore.getState().datasetLoaded(articleDataset()));
    expect(views.map()).toEqual([]);
    expect(views.table()).toEqual([]);
  });
});
