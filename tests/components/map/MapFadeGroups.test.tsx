import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useAppStore } from '../../../src/state/store';
import { point } from '../../../src/state/interaction';
import { articleDataset } from '../../fixtures/datasetBuilder';
import { renderDrawnMap } from '../../fixtures/drawnMap';

const dataset = articleDataset();

async function renderMap() {
  const view = await renderDrawnMap(dataset);
  const one = (selector: string) => view.container.querySelector(selector)!;
  /** The class of the group a path is drawn in. */
  const groupOf = (selector: string) => one(selector).parentElement!.getAttribute('class');
  const copies = () => [...view.container.querySelectorAll('.map-places-picked .map-place--copy')];
  return { ...view, one, groupOf, copies };
}

describe('the map fading what a pick leaves out', { timeout: 30_000 }, () => {
  it('draws a hovered link again in a pane above the links, and changes no path of the links themselves', async () => {
    const { container, one } = await renderMap();
    const pane = one('.leaflet-map-links-pane');
    const forward = () => [...container.querySelectorAll('.leaflet-map-forward-links-pane path')].map((p) => p.getAttribute('class'));
    const before = pane.innerHTML;
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(pane, { subtree: true, childList: true, attributes: true });
    expect(forward()).toEqual([]);

    act(() => point({ kind: 'actor', id: 'RUS' }));
    expect(forward(), 'its casing under its line, each marked as picked').toEqual([
      'map-link-casing map-mark--picked',
      'map-link map-link--RUS map-mark--picked',
    ]);
    expect(one('.leaflet-map-forward-links-pane path.map-link--RUS')).toHaveAttribute('stroke-opacity', '1');

    act(() => point(null));
    expect(forward()).toEqual([]);
    observer.disconnect();
    expect(changes, 'the links pane is never touched by a pick').toEqual([]);
    expect(pane.innerHTML).toBe(before);
  });

  it('draws the links a pick brings forward in the order of the links under them, whatever was picked before', async () => {
    const { container, one } = await renderMap();
    const atRest = [...one('.leaflet-map-links-pane').querySelectorAll('path.map-link')].map((p) => p.getAttribute('class'));
    const forward = () =>
      [...container.querySelectorAll('.leaflet-map-forward-links-pane path.map-link')].map((p) => p.getAttribute('class'));
    act(() => point({ kind: 'actor', id: 'TUR' }));
    act(() => useAppStore.getState().select({ kind: 'actor', id: 'MLI' }));
    const all = forward().map((c) => c!.replace(' map-mark--picked', ''));
    expect(all.length, 'every link of the focus is brought forward').toBe(atRest.length);
    expect(all).toEqual(atRest);
    act(() => {
      useAppStore.getState().select(null);
      point(null);
    });
  });

  it("fades only the partners' countries, lifts a picked one above them, and moves a country out of the fade when a filter leaves it no partnership", async () => {
    const { groupOf } = await renderMap();
    expect(groupOf('path.map-country--RUS')).toBe('map-fade-group');
    expect(groupOf('path.map-country--MLI'), 'the focus').toBe('map-still-group');
    expect(groupOf('path.map-country--BRA'), 'a country outside the dataset').toBe('map-still-group');

    act(() => useAppStore.getState().select({ kind: 'actor', id: 'RUS' }));
    expect(groupOf('path.map-country--RUS')).toBe('map-picked-group');
    expect(groupOf('path.map-country--CHN')).toBe('map-fade-group');
    act(() => useAppStore.getState().select(null));
    expect(groupOf('path.map-country--RUS')).toBe('map-fade-group');

    // Russia's one partnership is ended: hiding the ended ones leaves it neutral, never faded.
    act(() => useAppStore.getState().toggleStatus('ended'));
    expect(groupOf('path.map-country--RUS')).toBe('map-still-group');
  });

  it('draws a decorative copy of each place a pick brings forward over the faded list, the place keeping its one named button', async () => {
    const { container, copies } = await renderMap();
    expect(copies()).toEqual([]);
    act(() => point({ kind: 'actor', id: 'RUS' }));
    const layer = container.querySelector('.map-places-picked')!;
    expect(layer).toHaveAttribute('aria-hidden', 'true');
    expect(layer.previousElementSibling, 'the copies lie after the list of places').toHaveClass('map-places');
    expect(copies().map((copy) => copy.textContent)).toContainEqual(expect.stringContaining('Russie'));
    expect(within(layer as HTMLElement).queryAllByRole('button', { hidden: true }), 'a copy is only a picture').toEqual([]);
    expect(screen.getAllByRole('button', { name: 'Russie' })).toHaveLength(1);
    expect(container.querySelector('.map-place--copy .map-place__label--pressed')).toBeNull();

    act(() => useAppStore.getState().select({ kind: 'actor', id: 'RUS' }));
    expect(container.querySelector('.map-place--copy .map-place__label--pressed')).toHaveTextContent('Russie');

    act(() => {
      useAppStore.getState().select(null);
      point(null);
    });
    expect(copies()).toEqual([]);
  });

  it("shows a place's focus ring on its copy while its button has the keyboard's focus", async () => {
    const user = userEvent.setup();
    const { container, copies } = await renderMap();
    const button = screen.getByRole('button', { name: 'Russie' });
    act(() => button.focus());
    expect(copies().map((copy) => copy.textContent)).toContainEqual(expect.stringContaining('Russie'));
    await user.tab();
    await user.tab({ shift: true });
    expect(button).toHaveFocus();
    expect(container.querySelector('.map-place--copy .map-place__label--ringed')).toHaveTextContent('Russie');
    await user.tab();
    const ringed = [...container.querySelectorAll('.map-place--copy .map-place__label--ringed')].map((label) => label.textContent);
    expect(ringed).not.toContainEqual(expect.stringContaining('Russie'));
  });
});
