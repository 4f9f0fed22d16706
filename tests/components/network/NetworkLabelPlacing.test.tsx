import { describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import NetworkView from '../../../src/views/network/NetworkView';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';

const placings = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/views/network/placeNetworkLabels', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/views/network/placeNetworkLabels')>();
  return {
    ...actual,
    placeNetworkLabels: (...args: Parameters<typeof actual.placeNetworkLabels>) => {
      placings.count += 1;
      return actual.placeNetworkLabels(...args);
    },
  };
});

const dataset = articleDataset();

describe('the network names', { timeout: 20_000 }, () => {
  it('come placed with the layout, in both languages, and are placed again only for a filtered graph', () => {
    useAppStore.getState().datasetLoaded(dataset);
    placings.count = 0;
    const { container } = render(<NetworkView dataset={dataset} />);
    // The layout job places French and English names once; drawing them places nothing more.
    expect(placings.count).toBe(2);
    expect(container.querySelectorAll('.network-label')).toHaveLength(11);
    act(() => useAppStore.getState().setLang('en'));
    expect(placings.count).toBe(2);
    expect(container.querySelector('.network-label[data-id="lavrov"]')).toHaveTextContent('Sergey Lavrov');
    act(() => useAppStore.getState().toggleStatus('ended'));
    expect(placings.count).toBe(3);
    expect(container.querySelectorAll('.network-label')).toHaveLength(5);
    act(() => useAppStore.getState().toggleStatus('ended'));
    expect(placings.count).toBe(3);
    expect(container.querySelectorAll('.network-label')).toHaveLength(11);
  });
});
