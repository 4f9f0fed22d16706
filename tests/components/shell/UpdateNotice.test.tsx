import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UpdateNotice } from '../../../src/shell/UpdateNotice';
import { announceUpdate, dismissUpdate } from '../../../src/offline/updateReady';
import { useAppStore } from '../../../src/state/store';

afterEach(() => {
  act(dismissUpdate);
  cleanup();
});

describe('the notice of a new version', () => {
  it('says nothing until a new version is ready', () => {
    render(<UpdateNotice />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers to reload into the new version, in French', async () => {
    const user = userEvent.setup();
    const apply = vi.fn();
    render(<UpdateNotice />);
    act(() => announceUpdate({ apply }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Une nouvelle version du tableau de bord est prête. Rechargez la page pour l’utiliser.',
    );
    await user.click(screen.getByRole('button', { name: 'Recharger la page' }));
    expect(apply).toHaveBeenCalledOnce();
  });

  it('in English, and goes away until the next visit when the person chooses later', async () => {
    const user = userEvent.setup();
    const apply = vi.fn();
    useAppStore.getState().setLang('en');
    render(<UpdateNotice />);
    act(() => announceUpdate({ apply }));
    expect(screen.getByRole('status')).toHaveTextContent('A new version of the dashboard is ready. Reload the page to use it.');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(apply).not.toHaveBeenCalled();
  });
});
