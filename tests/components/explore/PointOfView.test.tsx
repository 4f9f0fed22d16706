import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DetailsPanel } from '../../../src/features/details/DetailsPanel';
import { CentreSelect } from '../../../src/features/filters/CentreSelect';
import { SourcesDisagree } from '../../../src/views/shared/SourcesDisagree';
import { useAppStore } from '../../../src/state/store';
import { datasetOn } from '../../../src/derive/datasetOn';
import { shippedDataset } from '../../fixtures/datasetBuilder';

const dataset = shippedDataset();
const turkey = dataset.partnershipById.get(dataset.partnerships.find((p) => p.actors.includes('TUR'))!.id)!;

describe('the sources’ disagreement', () => {
  it('is a folded marker naming the statuses, which unfolds to each side’s quote or event and source', async () => {
    const user = userEvent.setup();
    const { container } = render(<SourcesDisagree dataset={dataset} partnership={turkey} />);
    const summary = screen.getByText('Les sources divergent');
    expect(container.querySelector('details')).not.toHaveAttribute('open');
    expect(container).toHaveTextContent('(potentiel / actif)');
    await user.click(summary);
    expect(container.querySelector('details')).toHaveAttribute('open');
    expect(container).toHaveTextContent('potentiel : 1 affirmation');
    expect(container).toHaveTextContent('la Turquie figurent également parmi les partenaires potentiels');
    expect(container).toHaveTextContent('D’après l’événement « Cérémonie de remise de drones TB2 à Bamako »');
    expect(container).toHaveTextContent('(date de l’événement)');
  });

  it('is not there where the sources agree', () => {
    const france = dataset.partnerships.find((p) => p.actors.includes('FRA'))!;
    const { container } = render(<SourcesDisagree dataset={dataset} partnership={france} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('choosing the centre', () => {
  it('centres the views on the actor in the details, and says so once it is the centre', async () => {
    const user = userEvent.setup();
    useAppStore.setState({ dataset });
    useAppStore.getState().select({ kind: 'actor', id: 'RUS' });
    const { rerender } = render(<DetailsPanel dataset={dataset} />);
    await user.click(screen.getByRole('button', { name: 'Centrer sur cet acteur' }));
    expect(useAppStore.getState().from).toBe('RUS');
    rerender(<DetailsPanel dataset={datasetOn(dataset, null, 'RUS')} />);
    expect(screen.queryByRole('button', { name: 'Centrer sur cet acteur' })).toBeNull();
    expect(screen.getByText('Les vues sont centrées sur cet acteur.')).toBeInTheDocument();
  });

  it('lists the actors with a partnership, people left out, and leaves the link without `from` for the dataset’s own focus', async () => {
    const user = userEvent.setup();
    useAppStore.setState({ dataset, from: 'RUS' });
    render(<CentreSelect dataset={datasetOn(dataset, null, 'RUS')} />);
    const select = screen.getByLabelText('Vu depuis');
    expect(select).toHaveValue('RUS');
    const names = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(names).toContain('Burkina Faso');
    expect(names).not.toContain('Sergueï Lavrov');
    await user.selectOptions(select, 'Mali');
    expect(useAppStore.getState().from).toBeNull();
  });

  it('shows a partnership’s claims by date, each with where its date comes from', async () => {
    const user = userEvent.setup();
    useAppStore.getState().select({ kind: 'partnership', id: turkey.id });
    render(<DetailsPanel dataset={dataset} />);
    const panel = screen.getByRole('complementary', { name: 'Détails' });
    await user.click(within(panel).getByText('Affirmations par date'));
    const times = [...panel.querySelectorAll('.claim-history time')].map((t) => t.getAttribute('datetime'));
    expect(times).toEqual([...times].sort());
    expect(panel.querySelector('.claim-history')).toHaveTextContent('(date donnée par l’affirmation)');
  });
});
