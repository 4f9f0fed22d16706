import type { EmbedView } from '../config/appConfig';
import { escapeXml } from '../export/svgMarkup';

/**
 * A starting height per view, close to what each needs at a column width of about 650 pixels,
 * used only until the Embed dialog has measured the view at the article's own column width.
 */
export const EMBED_HEIGHTS: Readonly<Record<EmbedView, number>> = {
  map: 900,
  network: 1000,
  sectors: 900,
  table: 1000,
  timeline: 400,
  source: 900,
};

/**
 * Room added to a measured height: a reader's fonts are not the journalist's, and a line that
 * wraps once more on their screen must not be cut. A few blank pixels under the credit line
 * cost nothing; a cut line or an inner scrollbar does.
 */
const FONT_SLACK = 16;

/** The height written into a snippet for an embed measured at `measured` pixels: with slack, in tens. */
export function toSnippetHeight(measured: number): number {
  return Math.ceil((measured + FONT_SLACK) / 10) * 10;
}

export interface EmbedSnippets {
  responsive: string;
  script: string;
  link: string;
}

/**
 * The three ways to put a view in a page. Both iframes name themselves for screen readers
 * (`title`) and load only when scrolled near (`loading="lazy"`); the second carries the marker
 * the resizing script looks for. `height` is the view's height measured at the article's column
 * width; without it, each view's estimate stands in.
 */
export function toEmbedSnippets(embedUrl: string, scriptUrl: string, title: string, view: EmbedView, height?: number): EmbedSnippets {
  const style = `display:block;width:100%;height:${height ?? EMBED_HEIGHTS[view]}px;border:0`;
  const frame = (extra: string) =>
    `<iframe src="${escapeXml(embedUrl)}" title="${escapeXml(title)}" loading="lazy"${extra} style="${style}"></iframe>`;
  return {
    responsive: frame(''),
    script: `${frame(' data-partnership-atlas')}\n<script async src="${escapeXml(scriptUrl)}"></script>`,
    link: embedUrl,
  };
}
