import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Dialog } from '../../../src/ui/Dialog';

/** A page with a button that opens a dialog, as the toolbar's menus do. */
function Page({ keepMounted = false, closeOnBackdrop = false }: { keepMounted?: boolean; closeOnBackdrop?: boolean }) {
  const [open, setOpen] = useState(false);
  const dialog = (
    <Dialog title="Exporter" closeLabel="Fermer" open={open} onClose={() => setOpen(false)} closeOnBackdrop={closeOnBackdrop}>
      <label>
        <input type="radio" name="chart" data-autofocus="" /> Carte
      </label>
      <button type="button">PNG</button>
    </Dialog>
  );
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Partager
      </button>
      {keepMounted ? dialog : open && dialog}
    </>
  );
}

async function openFromItsButton() {
  const opener = screen.getByRole('button', { name: 'Partager' });
  opener.focus();
  await userEvent.click(opener);
  return { opener, dialog: screen.getByRole('dialog', { name: 'Exporter' }) };
}

describe('Dialog', () => {
  it('is named by its title, has a visible close button, and puts the focus on the element marked for it', async () => {
    render(<Page />);
    const { dialog } = await openFromItsButton();
    expect(screen.getByRole('heading', { level: 2, name: 'Exporter' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fermer' })).toHaveTextContent('Fermer');
    expect(screen.getByRole('radio', { name: 'Carte' })).toHaveFocus();
    expect(dialog).toHaveAttribute('open');
  });

  it('closes with its button and gives the focus back to what opened it', async () => {
    render(<Page />);
    const { opener } = await openFromItsButton();
    await userEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('closes on Escape without letting the page’s own Escape run, and gives the focus back', async () => {
    const pageEscape = vi.fn();
    document.addEventListener('keydown', pageEscape);
    render(<Page />);
    const { opener } = await openFromItsButton();
    await userEvent.keyboard('{Escape}');
    document.removeEventListener('keydown', pageEscape);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(pageEscape).not.toHaveBeenCalled();
  });

  it('stays in the page while closed when its owner keeps it, out of sight and out of the accessibility tree', async () => {
    render(<Page keepMounted />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const { opener } = await openFromItsButton();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(document.querySelector('dialog')).not.toHaveAttribute('open');
    expect(opener).toHaveFocus();
  });

  it('closes on any other request to close (the browser’s cancel) through its owner', async () => {
    render(<Page />);
    const { dialog } = await openFromItsButton();
    const cancel = new Event('cancel', { cancelable: true });
    fireEvent(dialog, cancel);
    expect(cancel.defaultPrevented).toBe(true);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('closes on a click on its backdrop only where it says so, never on a click inside', async () => {
    const { unmount } = render(<Page />);
    let { dialog } = await openFromItsButton();
    fireEvent.click(dialog);
    expect(screen.getByRole('dialog', { name: 'Exporter' })).toBeInTheDocument();
    unmount();
    render(<Page closeOnBackdrop />);
    ({ dialog } = await openFromItsButton());
    await userEvent.click(screen.getByRole('button', { name: 'PNG' }));
    expect(screen.getByRole('dialog', { name: 'Exporter' })).toBeInTheDocument();
    fireEvent.click(dialog);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
