import { describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { LoadIssues } from '../../../src/ui/LoadIssues';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';

// Counts the downloads of the chunk with every problem's wording.
const fetched = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/i18n/describeIssue', async (original) => {
  fetched.count += 1;
  return original();
});

describe('the wording of a failed load’s problems', () => {
  it('is downloaded only once a load has failed, never by a page that loads well', async () => {
    useAppStore.getState().datasetLoaded(articleDataset());
    render(<LoadIssues />);
    // Longer than a dynamic import takes in the tests.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(fetched.count).toBe(0);
    expect(screen.queryByRole('alert')).toBeNull();

    act(() => useAppStore.getState().datasetFailed('x.json', [{ at: { file: 'x.json' }, problem: { code: 'unreachable' } }]));
    expect(await screen.findByText(/le fichier est injoignable/)).toBeInTheDocument();
    expect(fetched.count).toBe(1);
  });
});
