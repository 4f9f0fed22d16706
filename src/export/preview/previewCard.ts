import { element, escapeXml, num, textElement, EXPORT_MUTED, EXPORT_RULE, type TextStyle } from '../svgMarkup';
import { estimateTextWidth, type TextMeasure } from '../../text/measureText';
import { wrapText } from '../../text/wrapText';
import type { ChartDrawing } from '../composeChartSvg';

/** The size social networks and chat apps show a large link preview at (1.91:1). */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
/** Where the drawing goes, right of the words: the box every preview drawing is made for. */
export const PREVIEW_DRAWING = { width: 680, height: 560 } as const;

export interface PreviewTexts {
  title: string;
  subtitle: string;
  /** What the picture shows, in a line or two. */
  summary: string;
  credit: string;
}

const PAD = 40;
const TEXT_WIDTH = PREVIEW_WIDTH - PREVIEW_DRAWING.width - PAD * 3;
const TITLE: TextStyle = { size: 46, weight: 700 };
const SUBTITLE: TextStyle = { size: 30 };
const SUMMARY: TextStyle = { size: 22, fill: EXPORT_MUTED };
const CREDIT: TextStyle = { size: 20, weight: 700, fill: EXPORT_MUTED };

/**
 * The build renders these with DejaVu Sans, which sets wider than the common sans-serif the
 * estimate is built on; a wider guess keeps every line inside its column.
 */
const cardMeasure: TextMeasure = (text, size, weight) => estimateTextWidth(text, size, weight) * 1.12;

/**
 * A link preview: the dataset's title, the view's name and what it shows on the left, the view
 * drawn from the data on the right, the credit at the foot. Lines past the room given are left
 * out rather than overflowing: the page's own title and description carry the full words.
 */
export function toPreviewCardSvg(
  drawing: ChartDrawing,
  texts: PreviewTexts,
  fontFamily: string,
  measure: TextMeasure = cardMeasure,
): string {
  let y = PAD + 10;
  const parts: string[] = [];
  const block = (text: string, style: TextStyle, lineHeight: number, maxLines: number) => {
    for (const line of wrapText(text, TEXT_WIDTH, style.size, measure, style.weight).slice(0, maxLines)) {
      parts.push(textElement(line, PAD, y + style.size, style).replace(/font-family="[^"]*"/, `font-family="${escapeXml(fontFamily)}"`));
      y += lineHeight;
    }
  };
  block(texts.title, TITLE, 56, 3);
  y += 10;
  block(texts.subtitle, SUBTITLE, 38, 3);
  y += 16;
  block(texts.summary, SUMMARY, 30, 7);
  parts.push(
    element('line', {
      x1: PAD,
      x2: PAD + TEXT_WIDTH,
      y1: PREVIEW_HEIGHT - PAD - 44,
      y2: PREVIEW_HEIGHT - PAD - 44,
      stroke: EXPORT_RULE,
      'stroke-width': 2,
    }),
  );
  y = PREVIEW_HEIGHT - PAD - 34;
  block(texts.credit, CREDIT, 26, 1);

  const x = PREVIEW_WIDTH - PAD - PREVIEW_DRAWING.width;
  const top = (PREVIEW_HEIGHT - PREVIEW_DRAWING.height) / 2;
  const frame = element('rect', {
    x: x - 1,
    y: top - 1,
    width: PREVIEW_DRAWING.width + 2,
    height: PREVIEW_DRAWING.height + 2,
    rx: 10,
    fill: '#ffffff',
    stroke: EXPORT_RULE,
    'stroke-width': 2,
  });
  const chart = element(
    'svg',
    {
      x,
      y: top,
      width: PREVIEW_DRAWING.width,
      height: PREVIEW_DRAWING.height,
      viewBox: `0 0 ${num(drawing.width)} ${num(drawing.height)}`,
      overflow: 'hidden',
    },
    drawing.markup,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}" font-family="${escapeXml(fontFamily)}">` +
    element('rect', { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fill: '#fbfaf7' }) +
    element('rect', { width: 12, height: PREVIEW_HEIGHT, fill: '#1d3557' }) +
    parts.join('') +
    frame +
    chart +
    '</svg>'
  );
}
