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
  it('draws the links in a group that fades as one, lifts a hovered link above it, and puts it back where it was', async () => {
    const { one, groupOf } = await renderMap();
    const lines = () => [...one('.leaflet-map-links-pane .map-fade-group').querySelectorAll('path.map-link')];
    const before = lines();
    expect(groupOf('path.map-link--RUS')).toBe('map-fade-group');
    expect(groupOf('path.map-link-hit--RUS'), 'the hit paths stay where they are').toBe('map-fade-group');

    act(() => point({ kind: 'actor', id: 'RUS' }));
    expect(groupOf('path.map-link--RUS')).toBe('map-picked-group');
    expect(one('path.map-link--RUS').previousElementSibling, 'its casing is lifted under it').toHaveClass('map-link-casing');
    expect(groupOf('path.map-link--CHN')).toBe('map-fade-group');
    expect(groupOf('path.map-link-hit--RUS')).toBe('map-fade-group');

    act(() => point(null));
    expect(groupOf('path.map-link--RUS')).toBe('map-fade-group');
    expect(lines(), 'every link is back in its order, weakest first').toEqual(before);
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
