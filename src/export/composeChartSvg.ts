import { element, escapeXml, num, textElement, EXPORT_FONT, EXPORT_MUTED, EXPORT_RULE, type TextStyle } from './svgMarkup';
import { legendSvg, type LegendGroup } from './legendSvg';
import { cropToSubject, type Rect } from './cropToSubject';
import { estimateTextWidth, type TextMeasure } from '../text/measureText';
import { wrapText } from '../text/wrapText';
import type { ExportTexts } from './exportTexts';

/** A drawn chart read off the screen: an SVG fragment in its own pixel coordinates. */
export interface ChartDrawing {
  width: number;
  height: number;
  markup: string;
  /** What the picture is about (the map's places, links and labels), kept whole when the drawing is cropped. */
  subject?: Rect | null;
}

export type ExportBackground = 'white' | 'transparent';

export interface ComposeOptions {
  background: ExportBackground;
  lang: string;
  measure?: TextMeasure;
}

const PAD = 24;
/** Below this the words around the chart would wrap word by word. */
const MIN_CONTENT = 600;
/** A chart drawn narrower (in a phone or a narrow column) is enlarged, up to this much: it is vector. */
const MAX_ENLARGE = 1.75;
/** A landscape chart keeps its key in a column this wide beside it, so the picture stays landscape. */
const LEGEND_COLUMN = 220;
const LEGEND_GAP = 24;
/** A chart at least this much wider than tall has its key beside it. */
const SIDE_ASPECT = 1.25;
/** A chart with its key beside it is enlarged to at least this width, so it fills the picture. */
const MIN_SIDE_CHART = 860;

const TITLE: TextStyle = { size: 22, weight: 700 };
const SUBTITLE: TextStyle = { size: 15 };
const SCOPE: TextStyle = { size: 13, fill: EXPORT_MUTED };
const SOURCE: TextStyle = { size: 12 };
const NOTE: TextStyle = { size: 11, fill: EXPORT_MUTED };

/**
 * The publishable picture, the way a newsroom lays out a chart: title, what it shows (and the
 * selection) and which filters narrowed it, the drawing, its key, then a rule and the source,
 * notes and credit. The chart leads: a tall drawing is cropped to a landscape band around its
 * subject, a landscape one gets its key in a column beside it and is enlarged to fill the
 * picture; any other key is a few compact rows under it. Every text is wrapped to the width, so
 * nothing runs off the edge whatever the language.
 */
export function composeChartSvg(
  drawing: ChartDrawing,
  texts: ExportTexts,
  legend: readonly LegendGroup[],
  options: ComposeOptions,
): { svg: string; width: number; height: number } {
  const measure = options.measure ?? estimateTextWidth;
  const crop = cropToSubject(drawing.width, drawing.height, drawing.subject);
  const hasLegend = legend.some((g) => g.items.length > 0);
  const side = hasLegend && crop.width / crop.height >= SIDE_ASPECT;
  const scale = side
    ? Math.min(MAX_ENLARGE, Math.max(1, MIN_SIDE_CHART / crop.width))
    : Math.min(MAX_ENLARGE, Math.max(Math.ceil(crop.width), MIN_CONTENT) / crop.width);
  const shownWidth = crop.width * scale;
  const shownHeight = crop.height * scale;
  const content = side ? Math.ceil(shownWidth) + LEGEND_GAP + LEGEND_COLUMN : Math.max(Math.ceil(crop.width), MIN_CONTENT);
  const width = content + PAD * 2;
  let y = PAD;
  const parts: string[] = [];

  const block = (text: string, style: TextStyle, lineHeight: number) => {
    for (const line of wrapText(text, content, style.size, measure, style.weight)) {
      parts.push(textElement(line, PAD, y + style.size, style));
      y += lineHeight;
    }
  };

  block(texts.title, TITLE, 28);
  block(texts.subtitle, SUBTITLE, 21);
  block(texts.scope, SCOPE, 18);
  y += 12;

  const chartX = side ? PAD : PAD + (content - shownWidth) / 2;
  const viewBox = `${num(crop.x)} ${num(crop.y)} ${num(crop.width)} ${num(crop.height)}`;
  parts.push(element('svg', { x: chartX, y, width: shownWidth, height: shownHeight, viewBox, overflow: 'hidden' }, drawing.markup));

  if (side) {
    const key = legendSvg(legend, LEGEND_COLUMN, measure, 'column');
    parts.push(`<g transform="translate(${num(PAD + shownWidth + LEGEND_GAP)},${num(y)})">${key.markup}</g>`);
    y += Math.max(shownHeight, key.height) + 16;
  } else {
    y += shownHeight + 16;
    const key = legendSvg(legend, content, measure, 'rows');
    parts.push(`<g transform="translate(${PAD},${num(y)})">${key.markup}</g>`);
    y += key.height + (key.height > 0 ? 14 : 0);
  }

  parts.push(element('line', { x1: PAD, y1: y, x2: PAD + content, y2: y, stroke: EXPORT_RULE, 'stroke-width': 1 }));
  y += 8;
  block(texts.source, SOURCE, 17);
  if (texts.dataFrom) block(texts.dataFrom, { ...SOURCE, weight: 700 }, 17);
  for (const note of texts.notes) block(note, NOTE, 15);
  block(texts.credit, { ...NOTE, weight: 600 }, 15);
  const height = Math.ceil(y + PAD - 4);

  const background = options.background === 'white' ? element('rect', { width: '100%', height: '100%', fill: '#ffffff' }) : '';
  const description =
    texts.description ?? [`${texts.scope}.`, `${texts.source}.`, texts.dataFrom ? `${texts.dataFrom}.` : ''].filter(Boolean).join(' ');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"` +
    ` width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" xml:lang="${escapeXml(options.lang)}" font-family="${escapeXml(EXPORT_FONT)}">` +
    `<title>${escapeXml(`${texts.title}: ${texts.subtitle}`)}</title><desc>${escapeXml(description)}</desc>` +
    background +
    parts.join('') +
    '</svg>';
  return { svg, width, height };
}
