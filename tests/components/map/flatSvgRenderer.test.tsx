import { describe, expect, it } from 'vitest';
import { act, render, waitFor } from '@testing-library/react';
import { SVG, type PathOptions } from 'leaflet';
import MapView from '../../../src/views/map/MapView';
import { point } from '../../../src/state/interaction';
import { articleDataset } from '../../fixtures/datasetBuilder';
import { styleAttributes } from '../../../src/views/map/flatSvgRenderer';
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
    const line = container.querySelector('path.map-link--RUS')!;
    const written: string[] = [];
    const observer = new MutationObserver((records) => written.push(...records.map((r) => r.attributeName!)));
    observer.observe(line, { attributes: true });
    act(() => point({ kind: 'actor', id: 'RUS' }));
    await waitFor(() => expect(line).toHaveAttribute('stroke-opacity', '1'));
    observer.disconnect();
    expect(new Set(written)).toEqual(new Set(['stroke-opacity', 'stroke-width', 'class']));
  });
});
