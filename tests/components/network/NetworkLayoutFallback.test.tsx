import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import NetworkView from '../../../src/views/network/NetworkView';
import { TIME_LIMITS } from '../../../src/config/timeLimits';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';
import { SilentLayoutWorker, UnreachableLayoutWorker } from '../../fixtures/brokenLayoutWorkers';

const dataset = articleDataset();

const nodePlaces = (container: HTMLElement) =>
  Object.fromEntries([...container.querySelectorAll('.network-node')].map((n) => [n.getAttribute('data-id'), n.getAttribute('transform')]));

/** The picture the page draws when it lays out right away, with no worker. */
function directPicture() {
  useAppStore.getState().datasetLoaded(dataset);
  const { container, unmount } = render(<NetworkView dataset={dataset} />);
  const places = nodePlaces(container);
  unmount();
  return places;
}

describe('the network when its worker fails', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('is laid out on the page when the worker’s script cannot be fetched, in the same picture', async () => {
    const direct = directPicture();
    vi.stubGlobal('Worker', UnreachableLayoutWorker);
    const { container } = render(<NetworkView dataset={dataset} />);
    expect(UnreachableLayoutWorker.started).toBe(1);
    expect(screen.getByRole('status')).toHaveTextContent('Mise en page du réseau');
    await vi.waitFor(() => expect(container.querySelectorAll('.network-node')).toHaveLength(11));
    expect(nodePlaces(container)).toEqual(direct);
    expect(screen.queryByText('Mise en page du réseau…')).toBeNull();
  });

  it('is laid out on the page when the worker has not answered within the time limit, and the worker is ended', async () => {
    const direct = directPicture();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('Worker', SilentLayoutWorker);
    const { container } = render(<NetworkView dataset={dataset} />);
    await act(() => vi.advanceTimersByTimeAsync(TIME_LIMITS.layoutWorkerMs - 1));
    expect(container.querySelectorAll('.network-node')).toHaveLength(0);
    expect(SilentLayoutWorker.terminated).toBe(0);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(SilentLayoutWorker.terminated).toBe(1);
    await vi.waitFor(() => expect(container.querySelectorAll('.network-node')).toHaveLength(11));
    expect(nodePlaces(container)).toEqual(direct);
  });
});
