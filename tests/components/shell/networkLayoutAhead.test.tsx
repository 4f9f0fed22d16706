import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';

// The regions' real code is not what these tests are about: only what the network's preload is given.
const preloadRegion = vi.fn(async (..._args: unknown[]) => undefined);
vi.mock('../../../src/views/viewComponents', () => ({ preloadRegion }));

const { useRegionsShown } = await import('../../../src/shell/useRegionsShown');

describe('the network’s layout, once the first view has drawn', () => {
  afterEach(() => {
    cleanup();
    preloadRegion.mockClear();
  });

  it('starts with the network’s code, given the dataset on the page, before the network’s turn to render', async () => {
    const dataset = articleDataset();
    useAppStore.getState().datasetLoaded(dataset);
    const { result } = renderHook(() => useRegionsShown(true, null));
    act(() => result.current.committed('map'));
    await vi.waitFor(() => expect(preloadRegion).toHaveBeenCalledWith('network', dataset));
  });

  it('is not started ahead when a link brings the network forward, as it then renders at once', async () => {
    useAppStore.getState().datasetLoaded(articleDataset());
    const { result } = renderHook(() => useRegionsShown(true, 'network'));
    act(() => {
      result.current.committed('map');
      result.current.committed('network');
    });
    await vi.waitFor(() => expect(preloadRegion).toHaveBeenCalledWith('timeline', expect.anything()));
    expect(preloadRegion.mock.calls.filter((call) => call[0] === 'network' && call[1] !== undefined)).toHaveLength(0);
  });
});
