import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, waitFor } from '@testing-library/react';
import MapView from '../../../src/views/map/MapView';
import { useAppStore } from '../../../src/state/store';
import { indexDataset } from '../../../src/data/indexDataset';
import type { DatasetJsonV1 } from '../../../src/data/schema';
import { migrateV1 } from '../../../src/data/migrateV1';
import { DEFAULT_SEED, SIZES, generateDataset } from '../../../bench/generateDataset.mjs';
import { articleDataset } from '../../fixtures/datasetBuilder';

// The benchmark's medium dataset (60 actors, 400 partnerships): more places than an 800-pixel map
// has room to label.
const crowded = indexDataset(migrateV1(generateDataset({ ...SIZES.medium, seed: DEFAULT_SEED }) as DatasetJsonV1), new Map());

async function renderCrowdedMap() {
  const view = render(<MapView dataset={crowded} />);
  await waitFor(() => expect(view.container.querySelector('path.map-link-hit')).not.toBeNull(), { timeout: 10_000 });
  return view;
}

describe('the map where places crowd', { timeout: 30_000 }, () => {
  it('leaves some places unlabelled, each keeping its point and its named button in the keyboard order', async () => {
    const { container } = await renderCrowdedMap();
    const places = [...container.querySelectorAll('.map-place')];
    const hidden = places.filter((li) => li.querySelector('.map-place__hidden-label'));
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.length).toBeLessThan(places.length);
    for (const li of hidden) {
      expect(li.querySelector('.map-place__dot')).not.toBeNull();
      expect(li.querySelector('.map-place__label'), 'no visible label').toBeNull();
      const button = li.querySelector('button')!;
      expect(button.textContent).not.toBe('');
      expect(button).toHaveAccessibleDescription(/.+ – /);
    }
    expect(places[0]!.querySelector('.map-place__label'), 'the focus is labelled').toHaveTextContent(crowded.focus.name.fr);
  });

  it("shows an unlabelled place's label, over the others, while its point is pointed at or the place is selected", async () => {
    const { container } = await renderCrowdedMap();
    const li = [...container.querySelectorAll('.map-place')].find((el) => el.querySelector('.map-place__hidden-label'))!;
    const button = li.querySelector('button')!;
    const aTaskLater = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    fireEvent.mouseEnter(li.querySelector('.map-place__mark')!);
    // The map shows the pick at once; the other views are handed it a task later.
    expect(li).toHaveClass('map-place--raised');
    expect(button).toHaveClass('map-place__label');
    expect(container.querySelector('.map-tooltip')).not.toBeNull();
    expect(useAppStore.getState().hover).toBeNull();
    await aTaskLater();
    const id = useAppStore.getState().hover;
    expect(id).toMatchObject({ kind: 'actor' });
    fireEvent.mouseLeave(li.querySelector('.map-place__mark')!);
    expect(button).toHaveClass('map-place__hidden-label');
    await aTaskLater();
    expect(useAppStore.getState().hover).toBeNull();
    act(() => useAppStore.getState().select(id));
    expect(button).toHaveClass('map-place__label');
    expect(button).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('the map under a filter', { timeout: 30_000 }, () => {
  it("marks each place with the strongest status of its shown partnerships, keeping the whole dataset's order", async () => {
    const { container } = render(<MapView dataset={articleDataset()} />);
    await waitFor(() => expect(container.querySelector('path.map-link-hit')).not.toBeNull(), { timeout: 10_000 });
    const russia = () => [...container.querySelectorAll('.map-place')].find((li) => li.textContent?.includes('Russie'))!;
    expect(russia().querySelector('.map-place__glyph')).toHaveTextContent('●');
    act(() => useAppStore.getState().toggleSector('energy'));
    // In energy, Russia's only partnership is under discussion.
    expect(russia().querySelector('.map-place__glyph')).toHaveTextContent('◌');
    expect(russia().querySelector('.map-place__dot')).toHaveAttribute('fill', '#b35c00');
    expect([...container.querySelectorAll('.map-place button')].map((b) => b.textContent?.replace(/^[●◐◌?×]/, ''))).toEqual([
      'Mali',
      'Russie',
    ]);
  });
});
