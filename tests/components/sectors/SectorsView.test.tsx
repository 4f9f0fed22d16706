import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SectorsView from '../../../src/views/sectors/SectorsView';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';

const dataset = articleDataset();

function renderView() {
  render(<SectorsView dataset={dataset} />);
  return {
    matrix: screen.getByRole('group', { name: /^Matrice des partenariats/ }),
    bars: screen.getByRole('group', { name: /^Diagramme en barres/ }),
  };
}

describe('SectorsView', () => {
  it('names every partner, sector and cell of the matrix for screen readers', () => {
    const { matrix } = renderView();
    expect(within(matrix).getAllByRole('button', { name: /^Filtrer sur le secteur/ })).toHaveLength(5);
    expect(
      within(matrix)
        .getAllByRole('button', { name: /^Sélectionner/ })
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual([
      'Sélectionner Russie',
      'Sélectionner Burkina Faso',
      'Sélectionner Niger',
      'Sélectionner Chine',
      'Sélectionner Turquie',
      'Sélectionner France',
      'Sélectionner Nations unies',
    ]);
    expect(within(matrix).getByRole('button', { name: 'Russie, sécurité : actif, en renforcement' })).toBeInTheDocument();
    expect(within(matrix).getByRole('button', { name: 'Nations unies, sécurité : terminé' })).toBeInTheDocument();
  });

  it('draws one bar per sector, told in words', () => {
    const { bars } = renderView();
    expect(
      within(bars)
        .getAllByRole('img')
        .map((el) => el.getAttribute('aria-label')),
    ).toEqual([
      'Sécurité : 7 partenariats (1 actif, 2 en cours de mise en place, 2 potentiels, 2 terminés)',
      'Énergie : 1 partenariat (1 en discussion)',
      'Transport : 1 partenariat (1 en discussion)',
      'Agriculture : 1 partenariat (1 en discussion)',
      'Éducation : 1 partenariat (1 en discussion)',
    ]);
  });

  it('filters the dashboard on a sector when its header is clicked, and shows it pressed', async () => {
    const { matrix } = renderView();
    const energy = within(matrix).getByRole('button', { name: 'Filtrer sur le secteur Énergie' });
    await userEvent.click(energy);
    expect(useAppStore.getState().filters.sectors).toEqual(['energy']);
    expect(energy).toHaveAttribute('aria-pressed', 'true');
    expect(within(matrix).getAllByRole('button', { name: /^Sélectionner/ })).toHaveLength(1);
    expect(screen.getAllByRole('img')[0]).toHaveAttribute('aria-label', 'Sécurité : 0 partenariat');
  });

  it('selects a partnership from its cell and an actor from its name, by mouse or keyboard', async () => {
    const { matrix } = renderView();
    await userEvent.click(within(matrix).getByRole('button', { name: 'Chine, sécurité : potentiel' }));
    expect(useAppStore.getState().selection).toEqual({ kind: 'partnership', id: 'mli-chn-security' });
    within(matrix).getByRole('button', { name: 'Sélectionner Niger' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'NER' });
    expect(within(matrix).getByRole('button', { name: 'Sélectionner Niger' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows the partnership’s summary on hover and shares the hover with the other views', async () => {
    const { matrix } = renderView();
    await userEvent.hover(within(matrix).getByRole('button', { name: 'Russie, transport : en discussion' }));
    expect(screen.getByText(/les discussions ont porté sur de nouvelles opportunités dans le transport/)).toBeInTheDocument();
    expect(useAppStore.getState().hover).toEqual({ kind: 'partnership', id: 'mli-rus-transport' });
    await userEvent.unhover(within(matrix).getByRole('button', { name: 'Russie, transport : en discussion' }));
    expect(screen.queryByText(/dans le transport/)).not.toBeInTheDocument();
    expect(useAppStore.getState().hover).toBeNull();
  });

  it('follows a selection made in another view', () => {
    const { matrix } = renderView();
    act(() => useAppStore.getState().select({ kind: 'partnership', id: 'mli-rus-energy' }));
    expect(within(matrix).getByRole('button', { name: 'Russie, énergie : en discussion' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(matrix).getByRole('button', { name: 'Russie, énergie : en discussion' })).toHaveClass('is-selected');
    expect(within(matrix).getByRole('button', { name: 'Russie, transport : en discussion' })).toHaveClass('is-dim');
  });

  it('speaks English when the language changes', () => {
    renderView();
    act(() => useAppStore.getState().setLang('en'));
    expect(screen.getByRole('button', { name: 'Russia, security: active, strengthening' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Filter on the Energy sector' })).toHaveLength(2);
  });

  it('is one tab stop that the arrow keys move through, from the sector names to the cells and the partner names', async () => {
    const { matrix } = renderView();
    const stops = () => matrix.querySelectorAll('[tabindex="0"]');
    expect(stops()).toHaveLength(1);
    await userEvent.tab();
    expect(document.activeElement).toBe(within(matrix).getByRole('button', { name: 'Filtrer sur le secteur Sécurité' }));
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(within(matrix).getByRole('button', { name: 'Russie, sécurité : actif, en renforcement' }));
    expect(document.querySelector('.sector-tooltip__title')).toHaveTextContent('Russie · Sécurité');
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    // Nobody else has an energy partnership: the keyboard stays on Russia's.
    expect(document.activeElement).toBe(within(matrix).getByRole('button', { name: 'Russie, énergie : en discussion' }));
    await userEvent.keyboard('{Home}{ArrowDown}');
    expect(document.activeElement).toBe(within(matrix).getByRole('button', { name: 'Sélectionner Burkina Faso' }));
    await userEvent.keyboard('{ArrowRight}{Enter}');
    expect(useAppStore.getState().selection).toEqual({ kind: 'partnership', id: 'mli-bfa-security' });
    // The place last visited is the one tab stop, so Tab leaves the matrix and Shift+Tab comes back to it.
    expect(stops()).toHaveLength(1);
    expect(stops()[0]).toBe(document.activeElement);
  });
});
