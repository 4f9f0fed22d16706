import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ToolMenu } from '../../../src/ui/ToolMenu';

// The dashboard clears its selection on an Escape that nothing else handled.
const escapes = vi.fn();
const onDocumentKey = (event: KeyboardEvent) => {
  if (event.key === 'Escape' && !event.defaultPrevented) escapes();
};
beforeEach(() => {
  escapes.mockClear();
  document.addEventListener('keydown', onDocumentKey);
});
afterEach(() => document.removeEventListener('keydown', onDocumentKey));

function renderMenu() {
  const chosen = vi.fn();
  render(
    <>
      <ToolMenu
        label="Partager"
        entries={[
          { kind: 'action', label: 'Intégrer', onSelect: () => chosen('embed'), opensDialog: true },
          { kind: 'action', label: 'Exporter', onSelect: () => chosen('export'), opensDialog: true },
          null,
          { kind: 'action', label: 'Présenter', onSelect: () => chosen('present'), disabled: true },
          { kind: 'download', label: 'Modèle CSV', href: 'data/template.csv', file: 'template.csv' },
        ]}
      />
      <button type="button">Après</button>
    </>,
  );
  return { chosen };
}

const button = () => screen.getByRole('button', { name: 'Partager' });
const item = (name: string) => screen.getByRole('menuitem', { name });

describe('a tool menu', () => {
  it('is a button that says it opens a menu, closed at first, with its entries out of the Tab order', () => {
    renderMenu();
    expect(button()).toHaveAttribute('aria-haspopup', 'menu');
    expect(button()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('menu', { hidden: true })).toHaveAttribute('aria-labelledby', button().id);
    expect(screen.getAllByRole('menuitem', { hidden: true }).map((el) => el.textContent)).toEqual([
      'Intégrer',
      'Exporter',
      'Présenter',
      'Modèle CSV',
    ]);
  });

  it('opens on its first entry from the keyboard, and the arrows, Home, End and a letter move through the entries', async () => {
    renderMenu();
    const user = userEvent.setup();
    button().focus();
    await user.keyboard('{Enter}');
    expect(button()).toHaveAttribute('aria-expanded', 'true');
    expect(item('Intégrer')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('Exporter')).toHaveFocus();
    await user.keyboard('{End}');
    expect(item('Modèle CSV')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('Intégrer')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(item('Modèle CSV')).toHaveFocus();
    await user.keyboard('{Home}p');
    expect(item('Présenter')).toHaveFocus();
    expect(item('Présenter')).toHaveAttribute('aria-disabled', 'true');
    expect(item('Modèle CSV')).toHaveAttribute('href', 'data/template.csv');
  });

  it('opens on its last entry with the up arrow', async () => {
    renderMenu();
    button().focus();
    await userEvent.keyboard('{ArrowUp}');
    expect(item('Modèle CSV')).toHaveFocus();
  });

  it('closes on Escape with the focus back on its button, and that Escape does nothing else', async () => {
    renderMenu();
    await userEvent.click(button());
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button()).toHaveFocus();
    expect(escapes).not.toHaveBeenCalled();
  });

  it('acts on the chosen entry with the focus back on its button, and not on a disabled one', async () => {
    const { chosen } = renderMenu();
    await userEvent.click(button());
    await userEvent.click(item('Présenter'));
    expect(chosen).not.toHaveBeenCalled();
    await userEvent.click(item('Exporter'));
    expect(chosen).toHaveBeenCalledWith('export');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button()).toHaveFocus();
  });

  it('closes when Tab goes on to the next control, or on a press outside', async () => {
    renderMenu();
    const user = userEvent.setup();
    await user.click(button());
    await user.tab();
    expect(screen.queryByRole('menu')).toBeNull();
    await user.click(button());
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.click(document.body);
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
