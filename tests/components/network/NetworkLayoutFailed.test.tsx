import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import NetworkView from '../../../src/views/network/NetworkView';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';
import { UnreachableLayoutWorker } from '../../fixtures/brokenLayoutWorkers';

// The layout on the page fails once, as a bug or a browser without some feature would make it.
const failures = vi.hoisted(() => ({ left: 1 }));
vi.mock('../../../src/views/network/networkLayoutJob', async (original) => {
  const actual = await original<typeof import('../../../src/views/network/networkLayoutJob')>();
  return {
    ...actual,
    networkLayoutJobInSteps: (job: Parameters<typeof actual.networkLayoutJobInSteps>[0]) => {
      if (failures.left-- > 0) throw new Error('The layout failed');
      return actual.networkLayoutJobInSteps(job);
    },
  };
});

const dataset = articleDataset();

describe('the network when neither its worker nor the page can lay it out', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says so instead of "laying out" for ever, and lays it out on "try again"', async () => {
    vi.stubGlobal('Worker', UnreachableLayoutWorker);
    useAppStore.getState().datasetLoaded(dataset);
    const { container } = render(<NetworkView dataset={dataset} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le réseau n’a pas pu être mis en page.');
    expect(screen.queryByText('Mise en page du réseau…')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    await vi.waitFor(() => expect(container.querySelectorAll('.network-node')).toHaveLength(11));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
