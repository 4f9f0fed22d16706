// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { point, polyline, SVG, type PathOptions, type Point } from 'leaflet';
import { batchedLinkPath, batchedLinksDrawing, type DrawnBatch } from '../../../src/views/map/batchedLinksVector';
import { ASIDE_OPACITY } from '../../../src/views/map/linkWeights';
import { linkStyle } from '../../../src/styles/mapStyles';

const AT_REST = { selected: 'normal', pointed: 'normal' } as const;
const CLASS = 'map-link map-link--aside map-link--batched';

/** A batch's options as a Leaflet polyline holds them: the map's style over its defaults. */
const optionsOf = (style: PathOptions): PathOptions => polyline([], style).options;

const parts: Point[][] = [
  [point(10, 20), point(30.5, 40), point(50, 45)],
  [point(-5, 8), point(12, -3)],
];

/** The attributes of the one element a piece of SVG markup holds. */
function attributesOf(markup: string): Record<string, string> {
  const doc = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`, 'image/svg+xml');
  return Object.fromEntries([...doc.documentElement.firstElementChild!.attributes].map((a) => [a.name, a.value]));
}

/** The attributes Leaflet's own SVG renderer writes on a polyline's path for these parts and options. */
function leafletPath(lines: Point[][], options: PathOptions): Record<string, string> {
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  const renderer = SVG.prototype as unknown as { _updateStyle(layer: unknown): void; _updatePoly(layer: unknown, closed: boolean): void };
  const layer = { _path: path, _parts: lines, options };
  renderer._updateStyle(layer);
  renderer._updatePoly(layer, false);
  return Object.fromEntries([...path.attributes].map((a) => [a.name, a.value]));
}

describe('a batch of links as vector', () => {
  it("is the path Leaflet's SVG renderer writes for the same lines and style, as pale as map.css makes a tie among other actors", () => {
    for (const style of [linkStyle('active', 1.5, AT_REST), linkStyle('exploring', 3, AT_REST), linkStyle('potential', 4.8, AT_REST)]) {
      const options = optionsOf(style);
      const written = attributesOf(batchedLinkPath({ parts, options, className: CLASS })!);
      expect(written).toEqual({ ...leafletPath(parts, options), class: CLASS, opacity: String(ASIDE_OPACITY) });
    }
  });

  it('keeps its dashes, its stroke and each of its lines', () => {
    const written = attributesOf(batchedLinkPath({ parts, options: optionsOf(linkStyle('exploring', 3, AT_REST)), className: CLASS })!);
    expect(written.d).toBe('M10 20L30.5 40L50 45M-5 8L12 -3');
    expect(written['stroke-dasharray']).toBe('5 5');
    expect(written['stroke-linecap']).toBe('round');
    expect(written.fill).toBe('none');
  });

  it('is nothing where the renderer clipped all its lines away', () => {
    expect(batchedLinkPath({ parts: [], options: optionsOf(linkStyle('active', 1.5, AT_REST)), className: CLASS })).toBeNull();
    expect(batchedLinkPath({ parts: [[]], options: optionsOf(linkStyle('active', 1.5, AT_REST)), className: CLASS })).toBeNull();
  });

  it('has the opacity map.css gives every tie between two other actors drawn as an element', () => {
    const css = readFileSync('src/views/map/map.css', 'utf8');
    const rule = /\.map-link--aside\s*\{\s*opacity:\s*([\d.]+);/.exec(css);
    expect(Number(rule?.[1])).toBe(ASIDE_OPACITY);
  });
});

describe('the batches of a canvas as vector', () => {
  const bounds = { min: { x: -80, y: -60 }, max: { x: 880, y: 660 } };
  const batch = (status: 'active' | 'ended', lines: Point[][]): DrawnBatch => ({
    parts: lines,
    options: optionsOf(linkStyle(status, 1.5, AT_REST)),
    className: CLASS,
  });

  it("are in the renderer's bounds, as Leaflet's SVG renderer sets its viewBox", () => {
    expect(batchedLinksDrawing(bounds, [batch('active', parts)]).viewBox).toBe('-80 -60 960 720');
  });

  it('are drawn bottom batch first, an empty one left out, with the box around every line', () => {
    const drawing = batchedLinksDrawing(bounds, [
      batch('active', parts),
      batch('ended', []),
      batch('ended', [[point(100, 200), point(90, 210)]]),
    ]);
    const strokes = [...drawing.markup.matchAll(/stroke="([^"]+)"/g)].map((m) => m[1]);
    expect(strokes).toEqual([linkStyle('active', 1.5, AT_REST).color, linkStyle('ended', 1.5, AT_REST).color]);
    expect(drawing.extent).toEqual({ x: -5, y: -3, width: 105, height: 213 });
  });

  it('draw nothing, in no box, when there is no batch', () => {
    expect(batchedLinksDrawing(bounds, [])).toEqual({ viewBox: '-80 -60 960 720', markup: '', extent: null });
  });
});
