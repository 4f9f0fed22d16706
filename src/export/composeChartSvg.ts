import { element, escapeXml, num, textElement, EXPORT_FONT, EXPORT_MUTED, EXPORT_RULE, type TextStyle } from './svgMarkup';
import { legendSvg, type LegendGroup } from './legendSvg';
import { estimateTextWidth, wrapText, type TextMeasure } from './measureText';
import type { ExportTexts } from './exportTexts';

/** A drawn chart read off the screen: an SVG fragment in its own pixel coordinates. */
export interface ChartDrawing {
  width: number;
  height: number;
  markup: string;
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

const TITLE: TextStyle = { size: 22, weight: 700 };
const SUBTITLE: TextStyle = { size: 15 };
const SCOPE: TextStyle = { size: 13, fill: EXPORT_MUTED };
const SOURCE: TextStyle = { size: 12 };
const NOTE: TextStyle = { size: 11, fill: EXPORT_MUTED };

/**
 * The publishable picture, the way a newsroom lays out a chart: title, what it shows and which
 * filters narrowed it, the drawing, its key, then a rule and the source, notes and credit. Every
 * text is wrapped to the width, so nothing runs off the edge whatever the language.
 */
export function composeChartSvg(drawing: ChartDrawing, texts: ExportTexts, legend: readonly LegendGroup[], options: ComposeOptions): { svg: string; width: number; height: number } {
  const measure = options.measure ?? estimateTextWidth;
  const content = Math.max(Math.ceil(drawing.width), MIN_CONTENT);
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

  const scale = Math.min(MAX_ENLARGE, content / drawing.width);
  const shownWidth = drawing.width * scale;
  const shownHeight = drawing.height * scale;
  const chartX = PAD + (content - shownWidth) / 2;
  parts.push(
    element('svg', { x: chartX, y, width: shownWidth, height: shownHeight, viewBox: `0 0 ${num(drawing.width)} ${num(drawing.height)}`, overflow: 'hidden' }, drawing.markup),
  );
  y += shownHeight + 16;

  const key = legendSvg(legend, content, measure);
  parts.push(`<g transform="translate(${PAD},${num(y)})">${key.markup}</g>`);
  y += key.height + (key.height > 0 ? 14 : 0);

  parts.push(element('line', { x1: PAD, y1: y, x2: PAD + content, y2: y, stroke: EXPORT_RULE, 'stroke-width': 1 }));
  y += 8;
  block(texts.source, SOURCE, 17);
  for (const note of texts.notes) block(note, NOTE, 15);
  block(texts.credit, { ...NOTE, weight: 600 }, 15);
  const height = Math.ceil(y + PAD - 4);

  const background = options.background === 'white' ? element('rect', { width: '100%', height: '100%', fill: '#ffffff' }) : '';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"` +
    ` width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" xml:lang="${escapeXml(options.lang)}" font-family="${escapeXml(EXPORT_FONT)}">` +
    `<title>${escapeXml(`${texts.title}: ${texts.subtitle}`)}</title><desc>${escapeXml(`${texts.scope}. ${texts.source}`)}</desc>` +
    background +
    parts.join('') +
    '</svg>';
  return { svg, width, height };
}
