import type { EmbedView } from '../config/appConfig';
import { escapeXml } from '../export/svgMarkup';

/**
 * A starting height per view, close to what each needs at a column width of about 650 pixels,
 * so a plain iframe (no script) rarely scrolls; the resizing script then makes it exact.
 */
export const EMBED_HEIGHTS: Readonly<Record<EmbedView, number>> = {
  map: 900,
  network: 1000,
  sectors: 900,
  table: 1000,
  timeline: 400,
  source: 900,
};

export interface EmbedSnippets {
  responsive: string;
  script: string;
  link: string;
}

/**
 * The three ways to put a view in a page. Both iframes name themselves for screen readers
 * (`title`) and load only when scrolled near (`loading="lazy"`); the second carries the marker
 * the resizing script looks for.
 */
export function toEmbedSnippets(embedUrl: string, scriptUrl: string, title: string, view: EmbedView): EmbedSnippets {
  const style = `display:block;width:100%;height:${EMBED_HEIGHTS[view]}px;border:0`;
  const frame = (extra: string) =>
    `<iframe src="${escapeXml(embedUrl)}" title="${escapeXml(title)}" loading="lazy"${extra} style="${style}"></iframe>`;
  return {
    responsive: frame(''),
    script: `${frame(' data-partnership-atlas')}\n<script async src="${escapeXml(scriptUrl)}"></script>`,
    link: embedUrl,
  };
}
