import { describe, expect, it, vi } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import { DEFAULT_SEED, generateClaimsDataset } from '../../../bench/generateDataset.mjs';
import { indexDataset } from '../../../src/data/indexDataset';
import { parseDatasetJson } from '../../../src/data/parseDatasetJson';
import { readCanvasVector } from '../../../src/export/browser/canvasVectors';
import { useAppStore } from '../../../src/state/store';
import { ASIDE_OPACITY } from '../../../src/views/map/linkWeights';
import { renderDrawnMap } from '../../fixtures/drawnMap';

// A generated version 2 dataset dense enough (some 590 pairs) for the map to batch the ties among other actors.
const parsed = parseDatasetJson(JSON.parse(JSON.stringify(generateClaimsDataset({ actors: 100, partnerships: 1000, seed: DEFAULT_SEED }))));
if (!parsed.ok) throw new Error('the generated dataset does not parse');
const dataset = indexDataset(parsed.value, new Map());

const PANE = '.leaflet-map-batched-links-pane';

interface Stroke {
  color: unknown;
  width: unknown;
  alpha: unknown;
}

/**
 * A 2D context that keeps what it is told and records each stroke with the state it is drawn in:
 * jsdom has canvases but no drawing, and the map draws its batches on one where a browser gives
 * it a context.
 */
function recordingContext() {
  const strokes: Stroke[] = [];
  const state: Record<string | symbol, unknown> = {
    stroke: () => strokes.push({ color: state.strokeStyle, width: state.lineWidth, alpha: state.globalAlpha }),
  };
  const context = new Proxy(state, {
    get: (target, key) => (key in target ? target[key] : () => undefined),
    set: (target, key, value) => {
      target[key] = value;
      return true;
    },
  });
  return { context, strokes };
}

/** Each batch path's attributes, as the page or a parsed markup holds them. */
function pathsOf(paths: Iterable<Element>) {
  return [...paths].map((path) => Object.fromEntries([...path.attributes].map((a) => [a.name, a.value])));
}

function parse(markup: string) {
  return new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`, 'image/svg+xml');
}

describe('the batched links of a dense map', { timeout: 60_000 }, () => {
  it('are SVG paths in their pane where the browser gives no canvas to draw on', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const { container } = await renderDrawnMap(dataset);
    const pane = container.querySelector(PANE)!;
    expect(pane.querySelectorAll('path.map-link--batched').length).toBeGreaterThan(0);
    expect(pane.querySelector('canvas')).toBeNull();
  });

  it('are painted on a canvas, under the hit path that still finds them, and read as the same SVG paths for an export', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const asSvg = await renderDrawnMap(dataset);
    const svgPaths = pathsOf(asSvg.container.querySelectorAll(`${PANE} path.map-link--batched`));
    const svgViewBox = asSvg.container.querySelector(`${PANE} svg`)!.getAttribute('viewBox');
    expect(svgPaths.length).toBeGreaterThan(0);
    asSvg.unmount();

    const { context, strokes } = recordingContext();
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D);
    const { container } = await renderDrawnMap(dataset);
    const pane = container.querySelector(PANE)!;
    const canvas = pane.querySelector('canvas')!;
    expect(canvas).not.toBeNull();
    expect(pane.querySelector('path.map-link--batched')).toBeNull();
    expect(pane.querySelector('path.map-link-hit--batched'), 'the hit path').not.toBeNull();

    const drawing = readCanvasVector(canvas)!;
    const read = pathsOf(parse(drawing.markup).querySelectorAll('path'));
    expect(read.map(({ opacity, ...drawn }) => [drawn, opacity])).toEqual(svgPaths.map((path) => [path, String(ASIDE_OPACITY)]));
    expect(drawing.viewBox, 'the bounds an SVG renderer takes for its viewBox').toBe(svgViewBox);

    // The canvas strokes each batch once a frame, as pale as the SVG path with its opacity.
    await waitFor(() => expect(strokes.length).toBeGreaterThanOrEqual(read.length));
    const painted = new Set(strokes.map((s) => `${String(s.color)} ${String(s.width)} ${Number(s.alpha).toFixed(3)}`));
    const expected = new Set(
      read.map((p) => `${p.stroke} ${p['stroke-width']} ${(Number(p['stroke-opacity']) * ASIDE_OPACITY).toFixed(3)}`),
    );
    expect(painted).toEqual(expected);
  });

  it('leave the map with their canvas when a filter makes it sparse', async () => {
    const { context } = recordingContext();
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D);
    const { container } = await renderDrawnMap(dataset);
    expect(container.querySelector(`${PANE} canvas`)).not.toBeNull();
    act(() => {
      for (const status of ['active', 'emerging', 'exploring'] as const) useAppStore.getState().toggleStatus(status);
    });
    await waitFor(() => expect(container.querySelector(`${PANE} canvas`)).toBeNull());
    expect(container.querySelector('path.map-link-hit--batched')).toBeNull();
  });
});
