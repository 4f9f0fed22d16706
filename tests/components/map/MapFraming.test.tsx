import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';
import { renderDrawnMap } from '../../fixtures/drawnMap';

const dataset = articleDataset();
const place = (name: string) => screen.getByRole('button', { name }).closest('li')!;
/** Where Mali's capital is drawn, which moves whenever the map is framed again. */
const bamako = () => `${place('Mali').style.left},${place('Mali').style.top}`;

// The map is 800 x 600 pixels here (tests/setup.ts), and Leaflet rounds its zoom to whole levels in
// jsdom (no 3D transforms), so these tests ask where the frame goes, not exactly what it holds:
// map-framing.spec.ts measures that in Chromium.
describe('the map frame', { timeout: 30_000 }, () => {
  it('marks the UN at the western border, its direction in its description, and brings it into view, selected, when its marker is pressed', async () => {
    const user = userEvent.setup();
    await renderDrawnMap(dataset);
    const places = within(screen.getByRole('list', { name: 'Lieux sur la carte' }));
    expect(
      places
        .getAllByRole('button')
        .filter((b) => b.closest('li')!.classList.contains('map-place--edge'))
        .map((b) => b.textContent),
    ).toEqual(['×Nations unies']);
    const un = screen.getByRole('button', { name: 'Nations unies' });
    expect(un).toHaveAccessibleDescription(
      /^Nations unies – sécurité\s:\sterminé Hors du cadre, à l’ouest\s;\sl’activer recadre la carte et sélectionne ce lieu\.$/,
    );
    expect(place('Nations unies').querySelector('.map-place__arrow')).not.toBeNull();
    const before = bamako();
    un.focus();
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'UN' });
    await waitFor(() => expect(bamako()).not.toBe(before));
    expect(screen.getByRole('button', { name: 'Nations unies' }), 'the marker is the place’s own button, which keeps the focus').toBe(un);
    expect(un).toHaveFocus();
  });

  it('re-frames when a filter changes the places it shows, and comes back to the same frame for the same places', async () => {
    await renderDrawnMap(dataset);
    const whole = bamako();
    act(() => useAppStore.getState().toggleStatus('ended'));
    await waitFor(() => expect(bamako()).not.toBe(whole));
    act(() => useAppStore.getState().toggleStatus('ended'));
    await waitFor(() => expect(bamako()).toBe(whole));
  });
});
