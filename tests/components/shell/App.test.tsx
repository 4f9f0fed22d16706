import { describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/App';
import EmbedPage from '../../../src/shell/embed/EmbedPage';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';

function renderWithDataset() {
  useAppStore.getState().datasetLoaded(articleDataset());
  return render(<App />);
}

describe('the app shell', () => {
  it('says it is loading before the dataset arrives', () => {
    useAppStore.getState().startLoading('partnerships.json');
    render(<App />);
    expect(screen.getByRole('status')).toHaveTextContent('Chargement des données');
  });

  it("shows the dataset's title and its source line", () => {
    renderWithDataset();
    expect(screen.getByRole('heading', { level: 1, name: 'Les partenariats du Mali' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('banner')).getByText(/Mali : Coopération renforcée avec la Russie, Diop et Camara à Moscou/),
    ).toBeInTheDocument();
  });

  it('names the tab after the dataset and the app, in the language on screen, and after the view in an embed', async () => {
    const user = userEvent.setup();
    renderWithDataset();
    expect(document.title).toBe('Les partenariats du Mali – Atlas des partenariats');
    await user.click(within(screen.getByRole('group', { name: 'Langue' })).getByRole('button', { name: 'English' }));
    expect(document.title).toBe("Mali's partnerships – Partnership Atlas");
    cleanup();
    useAppStore.getState().setLang('fr');
    render(<EmbedPage view="network" heldData={null} />);
    expect(document.title).toBe('Réseau des acteurs et de leurs liens – Les partenariats du Mali – Atlas des partenariats');
  });

  it('lays out a labelled region for the map, the network and the sectors', () => {
    renderWithDataset();
    for (const name of ['Carte', 'Réseau', 'Secteurs']) expect(screen.getByRole('region', { name })).toBeInTheDocument();
  });

  it('switches to English and back, and the document language follows', async () => {
    const user = userEvent.setup();
    renderWithDataset();
    const switcher = screen.getByRole('group', { name: 'Langue' });
    await user.click(within(switcher).getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1, name: "Mali's partnerships" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(within(screen.getByRole('group', { name: 'Language' })).getByRole('button', { name: 'English' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Français' }));
    expect(document.documentElement.lang).toBe('fr');
  });

  it('lists the problems of a failed load in an alert, in the language on screen, and keeps the dataset on screen', async () => {
    const user = userEvent.setup();
    renderWithDataset();
    act(() =>
      useAppStore
        .getState()
        .datasetFailed('mine.json', [{ at: { path: 'partnerships[3].sector' }, problem: { code: 'unknownSector', id: 'enrgy' } }]),
    );
    const alert = screen.getByRole('alert');
    // The wording of problems is a chunk of its own, loaded with the first problem to show.
    await waitFor(() => expect(alert).toHaveTextContent('partnerships[3].sector : secteur inconnu « enrgy »'));
    expect(alert).toHaveTextContent('Les données affichées restent celles d’avant.');
    expect(screen.getByRole('heading', { level: 1, name: 'Les partenariats du Mali' })).toBeInTheDocument();
    await user.click(within(screen.getByRole('group', { name: 'Langue' })).getByRole('button', { name: 'English' }));
    expect(screen.getByRole('alert')).toHaveTextContent('partnerships[3].sector: unknown sector "enrgy"');
  });

  it('renders dataset strings as text, never as markup', () => {
    const dataset = articleDataset();
    const hostile = { ...dataset, json: { ...dataset.json, title: { fr: '<img src=x onerror=alert(1)>', en: 'x' } } };
    useAppStore.getState().datasetLoaded(hostile);
    const { container } = render(<App />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('<img src=x onerror=alert(1)>');
  });
});
