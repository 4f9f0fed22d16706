import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { layOutNetworkAhead } from '../../../src/views/network/networkLayoutAhead';
import NetworkView from '../../../src/views/network/NetworkView';
import { FALLBACK_WIDTH } from '../../../src/views/network/networkSize';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';
import { FakeLayoutWorker } from '../../fixtures/fakeLayoutWorker';

const dataset = articleDataset();

/** The dashboard's network region, as wide as the view's box will be (jsdom lays nothing out, and the view then takes its fallback width). */
function networkRegion(width: number) {
  const region = document.createElement('section');
  region.id = 'view-network';
  Object.defineProperty(region, 'clientWidth', { value: width });
  document.body.append(region);
  return region;
}

const nodePlaces = (container: HTMLElement) =>
  Object.fromEntries([...container.querySelectorAll('.network-node')].map((n) => [n.getAttribute('data-id'), n.getAttribute('transform')]));

describe('the network laid out ahead of its view', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.getElementById('view-network')?.remove();
  });

  it('is drawn at once when the view mounts at the region’s width, from the worker started ahead, with the same picture', async () => {
    useAppStore.getState().datasetLoaded(dataset);
    const direct = render(<NetworkView dataset={dataset} />);
    const places = nodePlaces(direct.container);
    direct.unmount();

    vi.stubGlobal('Worker', FakeLayoutWorker);
    networkRegion(FALLBACK_WIDTH);
    layOutNetworkAhead(dataset);
    layOutNetworkAhead(dataset);
    expect(FakeLayoutWorker.started).toBe(1);
    // The worker answers before the view mounts.
    await new Promise((resolve) => setTimeout(resolve, 10));

    const { container } = render(<NetworkView dataset={dataset} />);
    expect(FakeLayoutWorker.started).toBe(1);
    expect(screen.queryByRole('status')).toBeNull();
    expect(nodePlaces(container)).toEqual(places);
  });

  it('is waited for when the view mounts before the worker has answered', async () => {
    const other = articleDataset();
    useAppStore.getState().datasetLoaded(other);
    vi.stubGlobal('Worker', FakeLayoutWorker);
    networkRegion(FALLBACK_WIDTH);
    const before = FakeLayoutWorker.started;
    layOutNetworkAhead(other);
    const { container } = render(<NetworkView dataset={other} />);
    expect(screen.getByRole('status')).toHaveTextContent('Mise en page du réseau');
    await vi.waitFor(() => expect(container.querySelectorAll('.network-node')).toHaveLength(11));
    expect(FakeLayoutWorker.started).toBe(before + 1);
  });

  it('is left aside when the view mounts at another width, which it lays out itself', async () => {
    const other = articleDataset();
    useAppStore.getState().datasetLoaded(other);
    vi.stubGlobal('Worker', FakeLayoutWorker);
    networkRegion(FALLBACK_WIDTH - 100);
    const before = FakeLayoutWorker.started;
    layOutNetworkAhead(other);
    const { container } = render(<NetworkView dataset={other} />);
    await vi.waitFor(() => expect(container.querySelectorAll('.network-node')).toHaveLength(11));
    expect(FakeLayoutWorker.started).toBe(before + 2);
  });
});
