import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FilterBar } from '../../../src/features/filters/FilterBar';
import { EmptyFilterNotice } from '../../../src/shell/EmptyFilterNotice';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';

const dataset = articleDataset();

function renderBar() {
  useAppStore.getState().datasetLoaded(dataset);
  return render(
    <>
      <FilterBar dataset={dataset} />
      <EmptyFilterNotice dataset={dataset} />
    </>,
  );
}

describe('the filter bar', () => {
  it('filters by sector with a toggle button and counts what is shown', async () => {
    const user = userEvent.setup();
    renderBar();
    expect(screen.getByText('11 partenariats sur 11')).toBeInTheDocument();
    const energy = within(screen.getByRole('group', { name: 'Secteur' })).getByRole('button', { name: 'Énergie' });
    await user.click(energy);
    expect(energy).toHaveAttribute('aria-pressed', 'true');
    expect(useAppStore.getState().filters.sectors).toEqual(['energy']);
    expect(screen.getByText('1 partenariat sur 11')).toBeInTheDocument();
  });

  it('searches actor names as a person types', async () => {
    const user = userEvent.setup();
    renderBar();
    await user.type(screen.getByRole('searchbox', { name: 'Chercher un acteur' }), 'niger');
    expect(useAppStore.getState().filters.search).toBe('niger');
    expect(screen.getByText('1 partenariat sur 11')).toBeInTheDocument();
  });

  it('says honestly when nothing matches, and clears everything with one control', async () => {
    const user = userEvent.setup();
    renderBar();
    await user.click(within(screen.getByRole('group', { name: 'Statut' })).getByRole('button', { name: /actif/ }));
    await user.click(within(screen.getByRole('group', { name: 'Secteur' })).getByRole('button', { name: 'Énergie' }));
    expect(screen.getByText('Aucun partenariat ne correspond à ces filtres.')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Tout effacer' })[0]!);
    expect(useAppStore.getState().filters).toEqual({ statuses: [], sectors: [], kinds: [], search: '' });
    expect(screen.queryByText('Aucun partenariat ne correspond à ces filtres.')).not.toBeInTheDocument();
  });

  it('disables "clear all" while no filter is set', () => {
    renderBar();
    expect(screen.getByRole('button', { name: 'Tout effacer' })).toBeDisabled();
  });
});
