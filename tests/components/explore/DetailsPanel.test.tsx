import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DetailsPanel } from '../../../src/features/details/DetailsPanel';
import { Timeline } from '../../../src/views/timeline/Timeline';
import { useAppStore } from '../../../src/state/store';
import { point } from '../../../src/state/interaction';
import { articleDataset } from '../../fixtures/datasetBuilder';

const dataset = articleDataset();

describe('the details panel', () => {
  it('is not there while nothing is selected', () => {
    render(<DetailsPanel dataset={dataset} />);
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it("shows an actor's kind, every partnership with status and trend, its quotes and its events", () => {
    useAppStore.getState().select({ kind: 'actor', id: 'RUS' });
    render(<DetailsPanel dataset={dataset} />);
    const panel = screen.getByRole('complementary', { name: 'Détails' });
    expect(within(panel).getByRole('heading', { level: 3, name: 'Russie' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('pays');
    expect(within(panel).getAllByRole('heading', { level: 4, name: /^Mali · / })).toHaveLength(5);
    expect(panel).toHaveTextContent('actif, en renforcement');
    expect(panel).toHaveTextContent('La coopération avec la Russie a été redynamisée et renforcée');
    expect(within(panel).getAllByText('Traduction anglaise').length).toBeGreaterThan(0);
    expect(within(panel).getByRole('button', { name: /Visite de Diop et Camara à Moscou/ })).toBeInTheDocument();
  });

  it('folds to its heading and unfolds again, the selection kept', async () => {
    const user = userEvent.setup();
    useAppStore.getState().select({ kind: 'actor', id: 'RUS' });
    render(<DetailsPanel dataset={dataset} />);
    const panel = screen.getByRole('complementary', { name: 'Détails' });
    const fold = within(panel).getByRole('button', { name: 'Détails' });
    expect(fold).toHaveAttribute('aria-expanded', 'true');
    await user.click(fold);
    expect(fold).toHaveAttribute('aria-expanded', 'false');
    expect(within(panel).queryByRole('heading', { level: 3 })).toBeNull();
    act(() => useAppStore.getState().select({ kind: 'actor', id: 'CHN' }));
    expect(fold).toHaveAttribute('aria-expanded', 'false');
    await user.click(fold);
    expect(within(panel).getByRole('heading', { level: 3, name: 'Chine' })).toBeInTheDocument();
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'CHN' });
  });

  it("shows a person's role", () => {
    useAppStore.getState().select({ kind: 'actor', id: 'lavrov' });
    render(<DetailsPanel dataset={dataset} />);
    expect(screen.getByText(/Ministre des Affaires étrangères de la Russie/)).toBeInTheDocument();
  });

  it('shows an event with its dates and linked sources, and closes with its button', async () => {
    const user = userEvent.setup();
    useAppStore.getState().select({ kind: 'event', id: 'moscow-visit' });
    render(<DetailsPanel dataset={dataset} />);
    const panel = screen.getByRole('complementary', { name: 'Détails' });
    expect(panel).toHaveTextContent('28–29 février 2024');
    const link = within(panel).getByRole('link', { name: /Transcript of Sergey Lavrov/ });
    expect(link).toHaveAttribute('href', 'https://mid.ru/ru/press_service/minister_speeches/1935525/?lang=en');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await user.click(within(panel).getByRole('button', { name: 'Fermer les détails' }));
    expect(useAppStore.getState().selection).toBeNull();
  });
});

describe('the timeline', () => {
  it('lists dated events in order and selects one on click', async () => {
    const user = userEvent.setup();
    render(<Timeline dataset={dataset} />);
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('25 avril 2013');
    const visit = screen.getByRole('button', { name: /Visite de Diop et Camara à Moscou/ });
    await user.click(visit);
    expect(useAppStore.getState().selection).toEqual({ kind: 'event', id: 'moscow-visit' });
    expect(visit).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows hover from elsewhere on its marks', () => {
    const { container } = render(<Timeline dataset={dataset} />);
    act(() => point({ kind: 'event', id: 'aes-founded' }));
    expect(container.querySelectorAll('.timeline__mark.is-on')).toHaveLength(1);
  });

  it('keeps the selected event on while another is hovered, and only that one after', () => {
    const { container } = render(<Timeline dataset={dataset} />);
    act(() => useAppStore.getState().select({ kind: 'event', id: 'moscow-visit' }));
    act(() => point({ kind: 'event', id: 'aes-founded' }));
    expect(container.querySelectorAll('.timeline__mark.is-on')).toHaveLength(2);
    act(() => point(null));
    expect(container.querySelectorAll('.timeline__mark.is-on')).toHaveLength(1);
    expect(screen.getByRole('button', { name: /Visite de Diop et Camara à Moscou/ })).toHaveAttribute('aria-pressed', 'true');
  });
});
