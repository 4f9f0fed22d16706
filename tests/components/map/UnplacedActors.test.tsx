import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UnplacedActors } from '../../../src/views/map/UnplacedActors';
import { useAppStore } from '../../../src/state/store';
import type { Actor } from '../../../src/data/indexDataset';
import { articleDataset } from '../../fixtures/datasetBuilder';

const dataset = articleDataset();
const lavrov = dataset.actorById.get('lavrov')!;
/** Forty people without a location, as a large dataset has: "Personne 1" to "Personne 40". */
const people: Actor[] = Array.from({ length: 40 }, (_, i) => ({
  ...lavrov,
  id: `person-${i + 1}`,
  name: { fr: `Personne ${i + 1}`, en: `Person ${i + 1}` },
}));

function renderList(actors: readonly Actor[] = people) {
  useAppStore.getState().datasetLoaded(dataset);
  render(<UnplacedActors dataset={dataset} actors={actors} />);
  return within(screen.getByRole('region', { name: 'Hors de la carte' }));
}

const names = (region: ReturnType<typeof renderList>) =>
  region.getAllByRole('button').flatMap((b) => b.querySelector('.map-unplaced__name')?.textContent ?? []);

describe('the list of actors off the map', { timeout: 30_000 }, () => {
  it('lists the first twenty of a long list, then every actor once the show-all button is pressed, the keyboard going on from the first revealed', async () => {
    const user = userEvent.setup();
    const region = renderList();
    expect(names(region)).toHaveLength(20);
    expect(names(region).at(-1)).toBe('Personne 20');
    const more = region.getByRole('button', { name: 'Tout afficher (40)' });
    more.focus();
    await user.keyboard('{Enter}');
    expect(names(region)).toHaveLength(40);
    expect(region.queryByRole('button', { name: /Tout afficher/ })).toBeNull();
    expect(region.getByRole('button', { name: /Personne 21/ })).toHaveFocus();
  });

  it('lists an actor selected in another view even when it comes past the first twenty, pressed', () => {
    const region = renderList();
    act(() => useAppStore.getState().select({ kind: 'actor', id: 'person-33' }));
    expect(names(region)).toHaveLength(21);
    expect(region.getByRole('button', { name: /Personne 33/ })).toHaveAttribute('aria-pressed', 'true');
    act(() => useAppStore.getState().select(null));
    expect(names(region)).toHaveLength(20);
  });

  it('lists a list only a little longer than twenty whole, with no button', () => {
    const region = renderList(people.slice(0, 24));
    expect(names(region)).toHaveLength(24);
    expect(region.queryByRole('button', { name: /Tout afficher/ })).toBeNull();
  });
});
