import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { DateControl } from '../../../src/features/dateControl/DateControl';
import { useAppStore } from '../../../src/state/store';
import { datasetOn } from '../../../src/derive/datasetOn';
import { dateStops } from '../../../src/derive/dateStops';
import { PLAY_STEP_MS } from '../../../src/config/timeLimits';
import { shippedDataset } from '../../fixtures/datasetBuilder';

const loaded = shippedDataset();
const stops = dateStops(loaded);

afterEach(() => vi.useRealTimers());

describe('playing through the dates', () => {
  it('steps only once the views have drawn the date before, however long they take', () => {
    vi.useFakeTimers();
    useAppStore.getState().datasetLoaded(loaded);
    const shownOn = (date: string | null) => datasetOn(loaded, date, null);
    const { rerender } = render(<DateControl dataset={loaded} shown={shownOn(null)} />);
    act(() => screen.getByRole('button', { name: 'Faire défiler les dates' }).click());
    expect(useAppStore.getState().date).toBe(stops[0]);

    // The views are still drawing the first date: play waits for them.
    act(() => vi.advanceTimersByTime(PLAY_STEP_MS * 3));
    expect(useAppStore.getState().date).toBe(stops[0]);

    rerender(<DateControl dataset={loaded} shown={shownOn(stops[0]!)} />);
    act(() => vi.advanceTimersByTime(PLAY_STEP_MS - 1));
    expect(useAppStore.getState().date).toBe(stops[0]);
    act(() => vi.advanceTimersByTime(1));
    expect(useAppStore.getState().date).toBe(stops[1]);
    act(() => vi.advanceTimersByTime(PLAY_STEP_MS * 3));
    expect(useAppStore.getState().date).toBe(stops[1]);
  });
});
