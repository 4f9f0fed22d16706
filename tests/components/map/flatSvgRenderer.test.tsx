import { describe, expect, it } from 'vitest';
import { act, render, waitFor } from '@testing-library/react';
import { SVG, map as leafletMap, polyline, type PathOptions, type ZoomPanOptions } from 'leaflet';
import MapView from '../../../src/views/map/MapView';
import { point } from '../../../src/state/interaction';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';
import { flatRenderer, styleAttributes } from '../../../src/views/map/flatSvgRenderer';
import { countryStyle, linkCasingStyle, linkStyle } from '../../../src/styles/mapStyles';
import type { EmphasisPair } from '../../../src/derive/emphasis';

// The map draws a mark by the pick that brings it forward: the selection before the pointer.
const NORMAL: EmphasisPair = { selected: 'normal', pointed: 'normal' };
const HOVERED: EmphasisPair = { selected: 'normal', pointed: 'related' };
const SELECTED: EmphasisPair = { selected: 'related', pointed: 'normal' };

/** The attributes a path ends with after Leaflet's own restyle, and how many writes it took. */
function leafletRestyle(options: PathOptions) {
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  (SVG.prototype as unknown as { _updateStyle(layer: unknown): void })._updateStyle({ _path: path, options });
  return Object.fromEntries([...path.attributes].map((a) => [a.name, a.value]));
}

const POLYLINE = { stroke: true, fill: false };
const POLYGON = { stroke: true, fill: true, fillRule: 'evenodd' as const };

describe('the flat renderer', () => {
  it("styles a path with exactly the attributes Leaflet's own restyle writes", () => {
    for (const options of [
      { ...POLYLINE, ...linkStyle('exploring', 4, HOVERED) },
      { ...POLYLINE, ...linkStyle('active', 2.5, NORMAL) },
      { ...POLYLINE, ...linkCasingStyle(3, SELECTED) },
      { ...POLYGON, ...countryStyle('partner', 'potential', NORMAL, false) },
      { ...POLYGON, ...countryStyle('none', null, NORMAL, true) },
    ]) {
      const written = Object.fromEntries(Object.entries(styleAttributes(options)).filter(([, v]) => v !== null));
      expect(written).toEqual(leafletRestyle(options));
    }
  });
});

describe('the map restyling a link', { timeout: 30_000 }, () => {
  it('writes only the attributes whose value changes', async () => {
    const { container } = render(<MapView dataset={articleDataset()} />);
    await waitFor(() => expect(container.querySelector('path.map-link-hit')).not.toBeNull(), { timeout: 10_000 });
    act(() => point({ kind: 'actor', id: 'RUS' }));
    const line = container.querySelector('.leaflet-map-forward-links-pane path.map-link--RUS')!;
    const hovered = Number(line.getAttribute('stroke-width'));
    const written: string[] = [];
    const observer = new MutationObserver((records) => written.push(...records.map((r) => r.attributeName!)));
    observer.observe(line, { attributes: true });
    act(() => useAppStore.getState().select({ kind: 'actor', id: 'RUS' }));
    await waitFor(() => expect(line).toHaveAttribute('stroke-width', String(hovered + 1)));
    observer.disconnect();
    expect(new Set(written)).toEqual(new Set(['stroke-width']));
    act(() => {
      useAppStore.getState().select(null);
      point(null);
    });
  });
});

describe('the flat renderer re-framing the map', () => {
  /** A map of a fixed size, in jsdom, whose paths count their projections and their drawings. */
  function countingMap() {
    const element = document.createElement('div');
    Object.defineProperty(element, 'clientWidth', { value: 800 });
    Object.defineProperty(element, 'clientHeight', { value: 500 });
    document.body.append(element);
    // jsdom has no 3D transforms, so Leaflet snaps zooms to whole levels there.
    const map = leafletMap(element, { zoomAnimation: false, fadeAnimation: false }).setView([15, 0], 2);
    const renderer = flatRenderer('overlayPane');
    const counts = { projected: 0, drawn: 0 };
    const lines = [0, 1, 2].map((i) =>
      polyline(
        [
          [10 + i, -5],
          [20, 30 + i],
        ],
        { renderer },
      ).addTo(map),
    );
    for (const line of lines) {
      const raw = line as unknown as { _project(): void; _update(): void };
      const project = raw._project.bind(raw);
      const update = raw._update.bind(raw);
      raw._project = () => {
        counts.projected++;
        project();
      };
      raw._update = () => {
        counts.drawn++;
        update();
      };
    }
    // Leaflet projects a path when it is added; the renderer knows its view from its first move.
    map.setView([12, 4], 2, { animate: false });
    counts.projected = counts.drawn = 0;
    return { map, lines, counts, remove: () => (map.remove(), element.remove()) };
  }

  it('projects and draws each path once when the zoom changes', () => {
    const { map, counts, remove } = countingMap();
    map.setView([12, 4], 3, { animate: false });
    expect(counts).toEqual({ projected: 3, drawn: 3 });
    remove();
  });

  it('draws each path where the new view puts it', () => {
    const { map, lines, remove } = countingMap();
    map.setView([12, 4], 4, { animate: false });
    const drawn = lines[0]!.getElement()!.getAttribute('d');
    // Leaflet's own redraw at the same view writes the same path.
    (lines[0] as unknown as { _project(): void; _update(): void })._project();
    (lines[0] as unknown as { _project(): void; _update(): void })._update();
    expect(lines[0]!.getElement()!.getAttribute('d')).toBe(drawn);
    expect(drawn).toMatch(/^M/);
    remove();
  });

  it('draws the paths again, projected as they were, when the map pans', () => {
    const { map, counts, remove } = countingMap();
    map.panBy([120, -40], { animate: false });
    expect(counts).toEqual({ projected: 0, drawn: 3 });
    remove();
  });

  it('projects the paths again when the map is reset to a far centre at the same zoom', () => {
    const { map, counts, remove } = countingMap();
    // `reset` (not in Leaflet's types) makes it a reset, as a jump further than the map's size is.
    map.setView([-40, 150], 2, { reset: true } as ZoomPanOptions);
    expect(counts).toEqual({ projected: 3, drawn: 3 });
    remove();
  });

  it('draws nothing again when the view does not change', () => {
    const { map, counts, remove } = countingMap();
    map.fire('moveend');
    map.fire('viewreset');
    expect(counts).toEqual({ projected: 0, drawn: 0 });
    remove();
  });
});
