import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LoadIssues } from '../../../src/ui/LoadIssues';
import { useAppStore } from '../../../src/state/store';

// The chunk with every problem's wording cannot be fetched until the network is back.
const network = vi.hoisted(() => ({ up: false }));
vi.mock('../../../src/i18n/describeIssue', async (original) => {
  if (!network.up) throw new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/describeIssue-x.js');
  return original();
});

describe('the problems of a failed load, when their wording cannot be fetched', () => {
  it('still lists them, by code, with a way to fetch their wording again', async () => {
    useAppStore.getState().datasetFailed('x.json', [{ at: { file: 'x.json' }, problem: { code: 'unreachable' } }]);
    render(<LoadIssues />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Les données « x.json » n’ont pas pu être chargées');
    expect(
      await screen.findByText('Le détail des problèmes n’a pas pu être téléchargé ; voici leurs codes.', { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('unreachable');

    network.up = true;
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText(/le fichier est injoignable/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
  });
});
