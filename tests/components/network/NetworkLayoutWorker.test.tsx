import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import NetworkView from '../../../src/views/network/NetworkView';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';
import { FakeLayoutWorker } from '../../fixtures/fakeLayoutWorker';

const dataset = articleDataset();

const nodePlaces = (container: HTMLElement) =>
  Object.fromEntries([...container.querySelectorAll('.network-node')].map((n) => [n.getAttribute('data-id'), n.getAttribute('transform')]));
const labelPlaces = (container: HTMLElement) =>
  [...container.querySelectorAll('.network-label')].map(
    (l) => `${l.textContent} ${l.getAttribute('x')},${l.getAttribute('y')} ${l.getAttribute('text-anchor')}`,
  );

describe('the network layout', { timeout: 20_000 }, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lays out even the article’s small network in a worker, and draws the same nodes and names as without one', async () => {
    useAppStore.getState().datasetLoaded(dataset);
    const withoutWorker = render(<NetworkView dataset={dataset} />);
    const direct = nodePlaces(withoutWorker.container);
    const directLabels = labelPlaces(withoutWorker.container);
    expect(Object.keys(direct)).toHaveLength(11);
    withoutWorker.unmount();

    vi.stubGlobal('Worker', FakeLayoutWorker);
    const { container } = render(<NetworkView dataset={dataset} />);
    // Nothing is laid out on the main thread: the first render only says the layout is coming.
    expect(FakeLayoutWorker.started).toBe(1);
    expect(container.querySelectorAll('.network-node')).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('Mise en page du réseau');
    await vi.waitFor(() => expect(container.querySelectorAll('.network-node')).toHaveLength(11));
    expect(nodePlaces(container)).toEqual(direct);
    expect(labelPlaces(container)).toEqual(directLabels);
    expect(directLabels).toHaveLength(11);
  });
});
