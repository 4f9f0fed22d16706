import { element, textElement, EXPORT_INK } from './svgMarkup';
import type { TextMeasure } from '../text/measureText';
import { wrapText } from '../text/wrapText';

/** A legend as data, so each view's key is described once and drawn the same in every export. */
export type LegendSample =
  | { kind: 'line'; color: string; width: number; dash?: string; glyph?: string }
  | { kind: 'shape'; d: string; fill: string; stroke: string; strokeWidth?: number }
  | { kind: 'swatch'; fills: readonly string[]; opacity?: number };

export interface LegendItem {
  sample: LegendSample;
  label: string;
}

export interface LegendGroup {
  title: string;
  items: readonly LegendItem[];
}

const SIZE = 12;
const ROW = 20;
const GAP = 6;
const ITEM_GAP = 16;
const GROUP_GAP = 8;

function sampleWidth(sample: LegendSample): number {
  if (sample.kind === 'line') return sample.glyph ? 48 : 34;
  if (sample.kind === 'swatch') return sample.fills.length > 1 ? sample.fills.length * 8 + 2 : 16;
  return 14;
}

/** A sample drawn with its left edge at x and its middle at y. */
function drawSample(sample: LegendSample, x: number, y: number): string {
  if (sample.kind === 'line') {
    const line = element('line', {
      x1: x + 2,
      y1: y,
      x2: x + 32,
      y2: y,
      stroke: sample.color,
      'stroke-width': sample.width,
      'stroke-dasharray': sample.dash,
      'stroke-linecap': 'round',
    });
    const glyph = sample.glyph
      ? textElement(sample.glyph, x + 41, y + 4, { size: SIZE, weight: 700, fill: sample.color, anchor: 'middle' })
      : '';
    return line + glyph;
  }
  if (sample.kind === 'swatch') {
    const w = sample.fills.length > 1 ? 8 : 16;
    return sample.fills
      .map((fill, i) =>
        element('rect', {
          x: x + i * w,
          y: y - 6,
          width: w,
          height: 12,
          fill,
          'fill-opacity': sample.opacity,
          stroke: '#8a8a8a',
          'stroke-width': 0.75,
        }),
      )
      .join('');
  }
  return element('path', {
    d: sample.d,
    transform: `translate(${x + 7},${y})`,
    fill: sample.fill,
    stroke: sample.stroke,
    'stroke-width': sample.strokeWidth ?? 1.5,
  });
}

/**
 * Two ways to lay a key out. `rows`, under a chart: each group on its own row, its title first
 * and its items flowing after it, wrapping when the next would overflow `width`, so a key takes
 * a few lines rather than a line per title. `column`, beside a chart: a title, then one item a
 * row, long labels wrapped to the column.
 */
export type LegendLayout = 'rows' | 'column';

const LABEL_LINE = 15;

export function legendSvg(
  groups: readonly LegendGroup[],
  width: number,
  measure: TextMeasure,
  layout: LegendLayout = 'rows',
): { markup: string; height: number } {
  let y = 0;
  let out = '';
  for (const group of groups) {
    if (group.items.length === 0) continue;
    if (y > 0) y += GROUP_GAP;
    if (layout === 'column') {
      for (const line of wrapText(group.title, width, SIZE, measure, 700)) {
        out += textElement(line, 0, y + 13, { size: SIZE, weight: 700, fill: EXPORT_INK });
        y += LABEL_LINE;
      }
      y += ROW - LABEL_LINE;
      for (const item of group.items) {
        const indent = sampleWidth(item.sample) + GAP;
        const lines = wrapText(item.label, width - indent, SIZE, measure);
        out += drawSample(item.sample, 0, y + ROW / 2);
        lines.forEach((line, i) => (out += textElement(line, indent, y + ROW / 2 + 4 + i * LABEL_LINE, { size: SIZE })));
        y += ROW + (lines.length - 1) * LABEL_LINE;
      }
      continue;
    }
    out += textElement(group.title, 0, y + 13, { size: SIZE, weight: 700, fill: EXPORT_INK });
    let x = measure(group.title, SIZE, 700) + ITEM_GAP / 2;
    for (const item of group.items) {
      const w = sampleWidth(item.sample) + GAP + measure(item.label, SIZE);
      if (x > 0 && x + w > width) {
        x = 0;
        y += ROW;
      }
      out +=
        drawSample(item.sample, x, y + ROW / 2) +
        textElement(item.label, x + sampleWidth(item.sample) + GAP, y + ROW / 2 + 4, { size: SIZE });
      x += w + ITEM_GAP;
    }
    y += ROW;
  }
  // No label of its own: an exported picture carries no text a reader cannot see, and its
  // description (the file's <desc>) already says what the key says.
  return { markup: `<g class="export-legend">${out}</g>`, height: y };
}
