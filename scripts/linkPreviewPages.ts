import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { parseDatasetJson } from '../src/data/parseDatasetJson';
import { indexDataset, type Dataset } from '../src/data/indexDataset';
import { fr, type Messages } from '../src/i18n/fr';
import { en } from '../src/i18n/en';
import { toAlpha3 } from '../src/derive/mapCountryCodes';
import { PAGE_META_NAME } from '../src/embed/embedPages';
import { toDashboardPreview, toEmbedPreview, toLinkPreviewTags, type PreviewPage } from '../src/embed/linkPreview';
import { toPreviewCardSvg, PREVIEW_DRAWING } from '../src/export/preview/previewCard';
import {
  drawMapPreview,
  drawNetworkPreview,
  drawSectorsPreview,
  drawTablePreview,
  drawTimelinePreview,
  type CountryShape,
} from '../src/export/preview/previewDrawings';
import type { ChartDrawing } from '../src/export/composeChartSvg';
import type { EmbedView } from '../src/config/appConfig';
import { LANGS, type Lang } from '../src/model/lang';

const require = createRequire(import.meta.url);
const CATALOGUES: Record<Lang, Messages> = { fr, en };
/** The views the Embed dialog offers, each of which gets a page per language. */
const EMBED_PAGE_VIEWS: readonly EmbedView[] = ['map', 'network', 'sectors', 'table', 'timeline'];
/** The font every preview is drawn in, shipped with the build's tools, so the pictures are the same on every machine. */
const FONT = 'DejaVu Sans';
/** index.html's head holds its link preview between these, so each embed page can swap in its own. */
const START = '<!-- link-preview -->';
const END = '<!-- /link-preview -->';

function loadShippedDataset(root: string): Dataset {
  const parsed = parseDatasetJson(JSON.parse(readFileSync(`${root}/public/data/partnerships.json`, 'utf8')));
  if (!parsed.ok) throw new Error(`link previews: the shipped dataset does not parse: ${JSON.stringify(parsed.issues).slice(0, 300)}`);
  return indexDataset(parsed.value, new Map());
}

function loadCountries(): CountryShape[] {
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{
    countries: GeometryCollection;
  }>;
  const collection = feature(topology, topology.objects.countries);
  return collection.features.map((f) => ({ ...f, properties: { code: toAlpha3(f.id) } }));
}

function drawingFor(view: EmbedView | null, dataset: Dataset, countries: readonly CountryShape[], lang: Lang): ChartDrawing {
  const { width, height } = PREVIEW_DRAWING;
  if (view === 'network') return drawNetworkPreview(dataset, dataset.partnerships, lang, width, height);
  if (view === 'sectors') return drawSectorsPreview(dataset, dataset.partnerships, lang, width, height);
  if (view === 'table') return drawTablePreview(dataset, dataset.partnerships, lang, CATALOGUES[lang], width, height);
  if (view === 'timeline') return drawTimelinePreview(dataset, lang, width, height);
  return drawMapPreview(dataset, dataset.partnerships, countries, lang, width, height);
}

const escapeText = (text: string) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);

/** The built page's head with this page's title, language, preview tags and, for an embed page, its view. */
function pageHtml(html: string, page: PreviewPage, tags: string): string {
  const [before, rest] = html.split(START);
  const after = rest?.split(END)[1];
  if (before === undefined || after === undefined) throw new Error(`link previews: index.html has no ${START} … ${END} block`);
  const embedMeta = page.view ? `\n    <meta name="${PAGE_META_NAME}" content="${page.view} ${page.lang}" />` : '';
  return `${before}${START}\n    ${tags}${embedMeta}\n    ${END}${after}`
    .replace(/<html lang="[^"]*"/, `<html lang="${page.lang}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(page.title)}</title>`);
}

export interface LinkPreviewBuild {
  /** The dashboard's own head tags, for index.html. */
  indexTags: string;
  /** The pictures (`preview/*.png`). */
  pictures: { fileName: string; source: Uint8Array }[];
  /** The embed pages, made from the built index.html. */
  embedPages: (indexHtml: string) => { fileName: string; source: string }[];
}

/**
 * Everything the build writes for link previews, from the shipped dataset (see
 * scripts/linkPreviews.ts, the plugin that loads this module through Vite so it reads the app's
 * own code): the dashboard's tags, one picture per page and language, and the embed pages.
 */
export async function buildLinkPreviews(root: string, siteUrl: string | null): Promise<LinkPreviewBuild> {
  const dataset = loadShippedDataset(root);
  const countries = loadCountries();
  await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))).catch((error: unknown) => {
    // The module keeps its instance across builds in one process.
    if (!String(error).includes('Already initialized')) throw error;
  });
  const fonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)));
  const pages = LANGS.flatMap((lang) => [
    toDashboardPreview(dataset, lang, CATALOGUES[lang]),
    ...EMBED_PAGE_VIEWS.map((view) => toEmbedPreview(dataset, view, lang, CATALOGUES[lang])),
  ]);
  const pictures = pages.map((page) => {
    const svg = toPreviewCardSvg(drawingFor(page.view, dataset, countries, page.lang), page.card, FONT);
    const png = new Resvg(svg, { font: { fontBuffers: fonts, loadSystemFonts: false, defaultFontFamily: FONT, sansSerifFamily: FONT } })
      .render()
      .asPng();
    return { fileName: page.image, source: png };
  });
  // The dashboard's page is French first, as its own language is until the reader's browser says otherwise.
  const index = pages.find((p) => p.view === null && p.lang === 'fr');
  if (!index) throw new Error('link previews: no dashboard page');
  return {
    indexTags: `${START}\n    ${toLinkPreviewTags(index, siteUrl, CATALOGUES.fr.appName)}\n    ${END}`,
    pictures,
    embedPages: (html) =>
      pages.flatMap((page) =>
        page.view
          ? [{ fileName: page.page, source: pageHtml(html, page, toLinkPreviewTags(page, siteUrl, CATALOGUES[page.lang].appName)) }]
          : [],
      ),
  };
}
