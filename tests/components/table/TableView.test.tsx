import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import TableView from '../../../src/views/table/TableView';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';

const dataset = articleDataset();
const partnerCells = () => screen.getAllByRole('rowheader').map((th) => th.textContent);

describe('TableView', () => {
  it('is a real table with a caption, column headers and one row header per partnership', () => {
    render(<TableView dataset={dataset} />);
    const table = screen.getByRole('table', { name: /Les partenariats du Mali : un partenariat par ligne/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent?.replace(/[⇅▲▼]/gu, '')),
    ).toEqual(['Partenaire', 'Secteur', 'Statut', 'Tendance', 'Résumé', 'Preuves']);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(11);
    expect(within(table).getByRole('columnheader', { name: /Statut/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('sorts by a column when its header button is pressed, and reverses on a second press', async () => {
    render(<TableView dataset={dataset} />);
    const header = screen.getByRole('columnheader', { name: /Partenaire/ });
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Statut/ })).not.toHaveAttribute('aria-sort');
    expect(partnerCells()[0]).toBe('Burkina Faso');
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(partnerCells()[0]).toBe('Turquie');
    expect(screen.getByRole('table')).toHaveAccessibleName(/triés par partenaire, ordre décroissant/);
  });

  it('searches the rows by any visible word and says how many are shown', async () => {
    render(<TableView dataset={dataset} />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Rechercher dans le tableau' }), 'Niger');
    expect(partnerCells()).toEqual(['Burkina Faso', 'Niger']);
    expect(screen.getByRole('status')).toHaveTextContent('2 partenariats sur 11');
    await userEvent.clear(screen.getByRole('searchbox'));
    await userEvent.type(screen.getByRole('searchbox'), 'zzz');
    expect(screen.queryAllByRole('rowheader')).toHaveLength(0);
    expect(screen.getByText('Aucun partenariat affiché ne contient « zzz ».')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Effacer la recherche' }));
    expect(screen.getAllByRole('rowheader')).toHaveLength(11);
  });

  it('follows the shared filters', () => {
    render(<TableView dataset={dataset} />);
    act(() => useAppStore.getState().toggleStatus('ended'));
    expect(partnerCells()).toEqual(['France', 'Nations unies']);
    expect(screen.getByRole('status')).toHaveTextContent('2 partenariats sur 11 (filtres du tableau de bord actifs)');
  });

  it('selects a partnership from its evidence and an actor from its name', async () => {
    render(<TableView dataset={dataset} />);
    const show = screen.getByRole('button', { name: 'Voir dans la source : Russie, énergie' });
    await userEvent.click(show);
    expect(useAppStore.getState().selection).toEqual({ kind: 'partnership', id: 'mli-rus-energy' });
    expect(show).toHaveAttribute('aria-pressed', 'true');
    expect(show.closest('tr')).toHaveClass('is-selected');
    await userEvent.click(screen.getByRole('button', { name: 'Sélectionner Niger' }));
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'NER' });
  });

  it('gives the quotes behind each row, with their translation and source', async () => {
    render(<TableView dataset={dataset} />);
    const row = screen.getByRole('rowheader', { name: /Chine/ }).closest('tr')!;
    await userEvent.click(within(row).getByText('1 citation'));
    expect(
      within(row).getByText(
        'La Russie, la Chine et la Turquie figurent également parmi les partenaires potentiels du Mali dans ce domaine.',
      ),
    ).toBeVisible();
    expect(within(row).getByText(/Russia, China and Turkey are also among/)).toHaveAttribute('lang', 'en');
  });
});
