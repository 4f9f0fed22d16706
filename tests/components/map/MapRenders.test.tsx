import { describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Path } from 'leaflet';
import { useAppStore } from '../../../src/state/store';
import { point } from '../../../src/state/interaction';
import { articleDataset } from '../../fixtures/datasetBuilder';
import { renderDrawnMap } from '../../fixtures/drawnMap';

// Render counters: each hook below is called by exactly one kind of component, once per render,
// so counting its calls counts that component's renders.
const renders = vi.hoisted(() => new Map<string, number>());
const count = (key: string) => renders.set(key, (renders.get(key) ?? 0) + 1);

vi.mock('../../../src/views/map/useMapEmphasis', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/views/map/useMapEmphasis')>();
  return {
    ...actual,
    useMapLinkEmphasis: (...args: Parameters<typeof actual.useMapLinkEmphasis>) => {
      count(`link ${args[1].id}`);
      return actual.useMapLinkEmphasis(...args);
    },
    usePlaceState: (...args: Parameters<typeof actual.usePlaceState>) => {
      count(`place ${args[1]}`);
      return actual.usePlaceState(...args);
    },
  };
});
vi.mock('../../../src/views/map/mapPointer', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/views/map/mapPointer')>();
  return {
    ...actual,
    useMapPointer: () => {
      count('map');
      return actual.useMapPointer();
    },
  };
});

const dataset = articleDataset();

async function renderMap() {
  const view = await renderDrawnMap(dataset);
  renders.clear();
  const link = (to: string) => view.container.querySelector(`path.map-link--${to}`)!;
  const country = (code: string) => view.container.querySelector(`path.map-country--${code}`)!;
  return { ...view, link, country };
}

/** Whether the map's stylesheet fades this path: something is picked, and not this path. */
const isFaded = (path: Element) => path.closest('.map-canvas')!.hasAttribute('data-faded') && !path.classList.contains('map-mark--picked');

describe('the map under a moving pointer', { timeout: 30_000 }, () => {
  it('does not re-render the map when the pointer rests on a place and leaves it', async () => {
    const user = userEvent.setup();
    await renderMap();
    await user.hover(screen.getByRole('button', { name: 'Russie' }));
    expect(useAppStore.getState().hover).toEqual({ kind: 'actor', id: 'RUS' });
    await user.unhover(screen.getByRole('button', { name: 'Russie' }));
    expect(renders.get('map') ?? 0).toBe(0);
  });

  it('re-renders only the links and places a hover brings forward, and fades the rest with one attribute', async () => {
    const { link, country } = await renderMap();
    act(() => point({ kind: 'actor', id: 'RUS' }));
    expect(isFaded(link('CHN'))).toBe(true);
    expect(isFaded(country('CHN'))).toBe(true);
    expect(isFaded(link('RUS'))).toBe(false);
    expect(link('RUS')).toHaveAttribute('stroke-opacity', '1');
    expect(renders.get('link CHN|MLI') ?? 0, 'a link the hover leaves out').toBe(0);
    expect(renders.get('place CHN') ?? 0, 'a place the hover leaves out').toBe(0);
    expect(renders.get('link MLI|RUS')).toBeGreaterThan(0);
    expect(renders.get('place RUS')).toBeGreaterThan(0);
  });

  it('does not re-render a link or a place whose emphasis an unrelated hover leaves as it was', async () => {
    const { link } = await renderMap();
    act(() => point({ kind: 'actor', id: 'RUS' }));
    expect(isFaded(link('CHN'))).toBe(true);
    const [linkBefore, placeBefore] = [renders.get('link CHN|MLI'), renders.get('place CHN')];
    // Turkey has nothing to do with China either: China's link and place stay faded, untouched.
    act(() => point({ kind: 'actor', id: 'TUR' }));
    expect(isFaded(link('CHN'))).toBe(true);
    expect(renders.get('link CHN|MLI')).toBe(linkBefore);
    expect(renders.get('place CHN')).toBe(placeBefore);
    expect(link('TUR')).toHaveAttribute('stroke-opacity', '1');
    expect(isFaded(link('TUR'))).toBe(false);
    expect(isFaded(link('RUS'))).toBe(true);
  });

  it('brings forward the hovered link, place and country over the selection, and the selection again after', async () => {
    const { link, country, container } = await renderMap();
    act(() => useAppStore.getState().select({ kind: 'actor', id: 'CHN' }));
    expect(link('CHN')).toHaveAttribute('stroke-opacity', '1');
    expect(country('CHN')).toHaveAttribute('stroke-width', '2.5');
    expect(isFaded(link('RUS'))).toBe(true);

    act(() => point({ kind: 'relation', id: 'MLI|RUS' }));
    expect(link('RUS')).toHaveAttribute('stroke-opacity', '1');
    expect(isFaded(link('RUS'))).toBe(false);
    expect(link('CHN')).toHaveAttribute('stroke-opacity', '1');
    expect(isFaded(link('TUR'))).toBe(true);
    expect(country('RUS')).toHaveAttribute('stroke-width', '1.5');
    expect(container.querySelector('.map-place--hovered')).toHaveTextContent('Russie');
    expect(screen.getByRole('button', { name: 'Chine' })).toHaveAttribute('aria-pressed', 'true');

    act(() => point(null));
    expect(isFaded(link('RUS'))).toBe(true);
    expect(country('RUS')).toHaveAttribute('stroke-width', '0.6');
    expect(country('CHN')).toHaveAttribute('stroke-width', '2.5');
    expect(container.querySelector('.map-place--hovered')).toBeNull();
  });

  it('restyles, when a filter changes, only the countries whose fill it changes', async () => {
    const { country } = await renderMap();
    const setStyle = vi.spyOn(Path.prototype, 'setStyle');
    act(() => useAppStore.getState().toggleStatus('ended'));
    const restyled = setStyle.mock.contexts.flatMap(
      (path) => (path as { feature?: { properties?: { code?: string } } }).feature?.properties?.code ?? [],
    );
    setStyle.mockRestore();
    expect(country('RUS')).toHaveAttribute('fill', '#e8e6e1');
    expect(restyled).toContain('RUS');
    expect(restyled).not.toContain('FRA');
    expect(restyled.length, 'not every country of the basemap').toBeLessThan(10);
  });
});
