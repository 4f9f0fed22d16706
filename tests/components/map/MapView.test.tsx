import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import MapView from '../../../src/views/map/MapView';
import { useAppStore } from '../../../src/state/store';
import { indexDataset } from '../../../src/data/indexDataset';
import { articleDataset, tinyV2 } from '../../fixtures/datasetBuilder';

const dataset = articleDataset();

async function renderMap(ds = dataset) {
  const view = render(
    <StrictMode>
      <MapView dataset={ds} />
    </StrictMode>,
  );
  await waitFor(() => expect(view.container.querySelectorAll('path.map-country').length).toBeGreaterThan(170), { timeout: 10_000 });
  // The first drawing comes in stages (useDrawStages); the links' hit paths come last.
  await waitFor(() => expect(view.container.querySelector('path.map-link-hit')).not.toBeNull(), { timeout: 10_000 });
  return view;
}

/**
 * Whether the map's stylesheet fades this mark: the map's container says something is picked and
 * the mark is not among what it brings forward (jsdom does not apply the stylesheet itself).
 */
const isFaded = (mark: Element) =>
  mark.closest('.map-canvas')!.hasAttribute('data-faded') &&
  !mark.classList.contains('map-mark--picked') &&
  !/map-place--(hovered|selected)/.test(mark.getAttribute('class') ?? '');

/** The numbers of a path's `d`, so a test can tell real coordinates from Leaflet's empty "M0 0". */
const coordinates = (path: Element) => (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);

describe('the map view', { timeout: 30_000 }, () => {
  it('draws the countries and a link to each partner with real coordinates', async () => {
    const { container } = await renderMap();
    const links = container.querySelectorAll('path.map-link');
    expect(links).toHaveLength(7);
    const russia = container.querySelector('path.map-link--RUS')!;
    const xs = coordinates(russia).filter((_, i) => i % 2 === 0);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(30);
    expect(russia.getAttribute('stroke')).toBe('#0a5c99');
    const mali = container.querySelector('path.map-country--MLI')!;
    expect(coordinates(mali).length).toBeGreaterThan(10);
    expect(mali.getAttribute('fill')).toBe('#1d3557');
    expect(container.querySelector('path.map-country--RUS')!.getAttribute('fill')).toBe('#0a5c99');
  });

  it('labels every place with a button named in the current language', async () => {
    await renderMap();
    const places = within(screen.getByRole('list', { name: 'Lieux sur la carte' }));
    expect(places.getAllByRole('button').map((b) => b.textContent?.replace(/^[●◐◌?×]/, ''))).toEqual([
      'Mali',
      'Russie',
      'Burkina Faso',
      'Niger',
      'Chine',
      'Turquie',
      'France',
      'Nations unies',
    ]);
    act(() => useAppStore.getState().setLang('en'));
    expect(screen.getByRole('button', { name: 'Türkiye' })).toHaveAccessibleDescription('Türkiye – security: potential');
  });

  it('selects a partner in the shared store when its label is pressed, and shows the sentence on focus', async () => {
    const user = userEvent.setup();
    const { container } = await renderMap();
    const russia = screen.getByRole('button', { name: 'Russie' });
    await user.click(russia);
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'RUS' });
    expect(russia).toHaveAttribute('aria-pressed', 'true');
    expect(container.querySelector('.map-tooltip')).toHaveTextContent(/^Russie – sécurité : actif, en renforcement ; énergie/);
    expect(useAppStore.getState().hover).toEqual({ kind: 'actor', id: 'RUS' });
    expect(screen.getByRole('button', { name: 'Russie' }), 'the label stays the same element').toBe(russia);
    // The second press comes from the keyboard: two quick clicks would make Leaflet simulate a
    // double click, which it cannot place in jsdom (no layout) and which is not what this tests.
    russia.focus();
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selection).toBeNull();
  });

  it('follows a selection made in another view, fading the links, places and countries it leaves out', async () => {
    const { container } = await renderMap();
    const mark = (selector: string) => container.querySelector(selector)!;
    expect(isFaded(mark('path.map-link--RUS')), 'nothing fades before a pick').toBe(false);
    act(() => useAppStore.getState().select({ kind: 'actor', id: 'CHN' }));
    expect(mark('path.map-link--CHN')).toHaveAttribute('stroke-opacity', '1');
    expect(isFaded(mark('path.map-link--CHN'))).toBe(false);
    expect(isFaded(mark('path.map-link--RUS'))).toBe(true);
    expect(isFaded(mark('path.map-link--RUS').previousElementSibling!), "the link's casing fades with it").toBe(true);
    expect(mark('path.map-country--CHN')).toHaveAttribute('stroke-width', '2.5');
    expect(isFaded(mark('path.map-country--CHN'))).toBe(false);
    expect(mark('path.map-country--RUS')).toHaveClass('map-country--partner');
    expect(isFaded(mark('path.map-country--RUS'))).toBe(true);
    expect(isFaded(screen.getByRole('button', { name: 'Russie' }).closest('li')!)).toBe(true);
    expect(isFaded(screen.getByRole('button', { name: 'Chine' }).closest('li')!)).toBe(false);
    act(() => useAppStore.getState().select(null));
    expect(isFaded(mark('path.map-link--RUS'))).toBe(false);
    expect(isFaded(mark('path.map-link--CHN')), 'the picked link is drawn as before').toBe(false);
    expect(mark('path.map-link--CHN')).toHaveAttribute('stroke-opacity', '0.95');
  });

  it('follows the shared filters', async () => {
    const { container } = await renderMap();
    act(() => useAppStore.getState().toggleStatus('ended'));
    expect([...container.querySelectorAll('path.map-link')].map((p) => p.getAttribute('class'))).toEqual([
      'map-link map-link--UN',
      'map-link map-link--FRA',
    ]);
    expect(container.querySelector('path.map-country--RUS')).toHaveAttribute('fill', '#e8e6e1');
    expect(screen.queryByRole('button', { name: 'Russie' })).toBeNull();
  });

  it('lists the actors with no location beside the map instead of dropping them', async () => {
    await renderMap();
    const list = within(screen.getByRole('region', { name: 'Hors de la carte' }));
    expect(list.getAllByRole('button').map((b) => b.querySelector('.map-unplaced__name')?.textContent)).toEqual([
      'Abdoulaye Diop',
      'Sadio Camara',
      'Sergueï Lavrov',
    ]);
    await userEvent.setup().click(list.getByRole('button', { name: /Sergueï Lavrov/ }));
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'lavrov' });
  });

  it('draws its first picture in stages, the hit paths last, and a later change at once', async () => {
    const { container } = render(<MapView dataset={dataset} />);
    expect(container.querySelector('.leaflet-container'), 'the map itself comes first').not.toBeNull();
    expect(container.querySelector('.map-places')).toBeNull();
    expect(container.querySelector('path.map-link-hit')).toBeNull();
    await waitFor(() => expect(container.querySelector('path.map-link-hit')).not.toBeNull(), { timeout: 10_000 });
    expect(container.querySelectorAll('.map-place')).toHaveLength(8);
    act(() => useAppStore.getState().toggleStatus('ended'));
    expect(container.querySelectorAll('.map-place'), 'a filter redraws at once').toHaveLength(3);
    expect(container.querySelectorAll('path.map-link-hit')).toHaveLength(2);
  });

  it('reports a country with no polygon in the console once, and still shows it as a point', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tiny = indexDataset(tinyV2(), new Map());
    const { rerender } = await renderMap(tiny);
    rerender(<MapView dataset={tiny} />);
    const messages = warn.mock.calls.map((c) => String(c[0]));
    expect(messages.filter((m) => m.includes('"AAA"'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('"BBB"'))).toHaveLength(1);
    expect(await screen.findByRole('button', { name: 'Béland' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Hors de la carte' })).toHaveTextContent('Organisation');
  });
});
