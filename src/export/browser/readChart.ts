import type { ChartDrawing } from '../composeChartSvg';
import { element, num, textElement } from '../svgMarkup';
import type { Rect } from '../cropToSubject';
import { toPaint } from '../cssColor';
import { cloneWithStyles, innerMarkup } from './inlineStyles';
import { readMapPlaces } from './readMapPlaces';
import { fillStandIns } from './vectorStandIns';
import type { ChartView } from '../../model/views';

/**
 * Reads a chart as it stands on screen (filters, selection, zoom) into an SVG fragment. This is
 * the one place that reads the page; everything it hands on is plain text and numbers.
 */
export function readChart(view: ChartView, root: ParentNode): ChartDrawing | null {
  if (view === 'network') return readNetwork(root);
  if (view === 'sectors') return readSectors(root);
  return readMap(root);
}

function fillOf(el: Element): string {
  const paint = toPaint(getComputedStyle(el).backgroundColor);
  return paint.color === 'none' ? '' : paint.color;
}

function readNetwork(root: ParentNode): ChartDrawing | null {
  const svg = root.querySelector<SVGSVGElement>('svg.network-svg');
  const box = svg?.viewBox.baseVal;
  if (!svg || !box || box.width === 0) return null;
  const background = element('rect', {
    x: 0.5,
    y: 0.5,
    width: box.width - 1,
    height: box.height - 1,
    rx: 6,
    // A dense diagram's paper is its stage's, under the canvas of its batched ties.
    fill: fillOf(svg) || (svg.parentElement && fillOf(svg.parentElement)) || '#ffffff',
    stroke: '#d9d6cf',
  });
  const clone = cloneWithStyles(svg);
  fillStandIns(svg, clone);
  return { width: box.width, height: box.height, markup: background + innerMarkup(clone) };
}

/** The matrix and the bar chart, stacked under their own headings, as the view shows them. */
function readSectors(root: ParentNode): ChartDrawing | null {
  const charts = [...root.querySelectorAll<SVGSVGElement>('.sector-matrix svg, .sector-bars svg')];
  const headings = [...root.querySelectorAll('.sectors-view__title')].map((h) => h.textContent ?? '');
  if (charts.length === 0) return null;
  let y = 0;
  let width = 0;
  let markup = '';
  charts.forEach((svg, i) => {
    const w = svg.width.baseVal.value;
    const h = svg.height.baseVal.value;
    const heading = headings[i];
    if (heading) {
      markup += textElement(heading, 0, y + 15, { size: 15, weight: 700 });
      y += 26;
    }
    markup += `<g transform="translate(0,${num(y)})">${innerMarkup(cloneWithStyles(svg))}</g>`;
    y += h + (i < charts.length - 1 ? 18 : 0);
    width = Math.max(width, w);
  });
  return { width, height: y, markup };
}

/**
 * Leaflet draws each pane's vectors in its own SVG, offset by the map's pan; each is nested at
 * the place it occupies in the map's frame, bottom pane first, then the HTML places and labels
 * are redrawn as SVG on top. Tiles are images from elsewhere and are left out.
 */
function readMap(root: ParentNode): ChartDrawing | null {
  const container = root.querySelector<HTMLElement>('.map-canvas');
  if (!container) return null;
  const frame = container.getBoundingClientRect();
  if (frame.width === 0) return null;
  const zOf = (svg: Element) => Number(getComputedStyle(svg.parentElement ?? svg).zIndex) || 0;
  const layers = [...container.querySelectorAll<SVGSVGElement>('.leaflet-pane > svg')].sort((a, b) => zOf(a) - zOf(b));
  let markup = element('rect', { width: frame.width, height: frame.height, fill: fillOf(container) || '#d8e4ec' });
  for (const svg of layers) {
    const r = svg.getBoundingClientRect();
    const viewBox = svg.getAttribute('viewBox') ?? `0 0 ${r.width} ${r.height}`;
    // A pane that fades as a whole (the links' panes, map.css) says so on its svg in the picture.
    const opacity = Number(getComputedStyle(svg.parentElement ?? svg).opacity);
    const attributes = {
      x: r.left - frame.left,
      y: r.top - frame.top,
      width: r.width,
      height: r.height,
      viewBox,
      overflow: 'visible',
      ...(opacity < 1 ? { opacity } : {}),
    };
    markup += element('svg', attributes, innerMarkup(cloneWithStyles(svg)));
  }
  markup += readMapPlaces(container, frame);
  // The frame's own label tells a screen reader how to move the live map ("arrow keys move
  // it"): it belongs to the page, and a picture says what it shows in its <desc> instead.
  return { width: frame.width, height: frame.height, markup, subject: mapSubject(container, frame) };
}

/**
 * What the map is about, in the frame's pixels: every place's mark and label and every link.
 * An export cropped to a landscape band keeps all of it.
 */
function mapSubject(container: HTMLElement, frame: DOMRect): Rect | null {
  const parts = container.querySelectorAll('.map-place__mark, .map-place__label, path.map-link');
  let left = Infinity,
    top = Infinity,
    right = -Infinity,
    bottom = -Infinity;
  for (const part of parts) {
    const r = part.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    left = Math.min(left, r.left);
    top = Math.min(top, r.top);
    right = Math.max(right, r.right);
    bottom = Math.max(bottom, r.bottom);
  }
  if (left === Infinity) return null;
  const x = Math.max(0, left - frame.left);
  const y = Math.max(0, top - frame.top);
  return { x, y, width: Math.min(frame.width, right - frame.left) - x, height: Math.min(frame.height, bottom - frame.top) - y };
}
