import type { Dataset } from '../data/indexDataset';
import type { EmbedView } from '../config/appConfig';
import type { Messages } from '../i18n/fr';
import { escapeXml } from '../export/svgMarkup';
import { toAltText, toAltTextSentences } from '../export/altText';
import { describeScope } from '../export/exportTexts';
import { embedViewName } from './embedViewName';
import { embedPageName } from './embedPages';
import { EMPTY_FILTERS } from '../model/filters';
import type { Lang } from '../model/lang';

/** One page of the built site as a link preview shows it: its words, its picture and where both live. */
export interface PreviewPage {
  /** The page, relative to the site: `index.html`, `embed-map-fr.html`. */
  page: string;
  lang: Lang;
  /** The view an embed page shows; null for the dashboard. */
  view: EmbedView | null;
  title: string;
  description: string;
  /** The preview picture, relative to the site. */
  image: string;
  imageAlt: string;
  /** The words on the picture. */
  card: { title: string; subtitle: string; summary: string; credit: string };
}

const LOCALES: Record<Lang, string> = { fr: 'fr_FR', en: 'en_GB' };
export const PREVIEW_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The dashboard's preview: the whole dataset in a sentence, over the map. */
export function toDashboardPreview(dataset: Dataset, lang: Lang, t: Messages): PreviewPage {
  const partners = new Set(dataset.partnerships.flatMap((p) => p.actors).filter((id) => id !== dataset.focus.id)).size;
  const description = t.linkPreview.pageDescription(partners, dataset.partnerships.length, dataset.sectors.length);
  const input = { view: 'map' as const, dataset, partnerships: dataset.partnerships, filters: EMPTY_FILTERS, selection: null };
  return {
    page: 'index.html',
    lang,
    view: null,
    title: `${dataset.json.title[lang]} · ${t.appName}`,
    description,
    image: `preview/dashboard-${lang}.png`,
    imageAlt: toAltText(input, lang, t),
    card: { title: dataset.json.title[lang], subtitle: t.appName, summary: description, credit: t.share.credit },
  };
}

/** An embedded view's preview: its name, what it shows and a drawing of it, with every partnership. */
export function toEmbedPreview(dataset: Dataset, view: EmbedView, lang: Lang, t: Messages): PreviewPage {
  const name = embedViewName(view, t);
  const input = { view, dataset, partnerships: dataset.partnerships, filters: EMPTY_FILTERS, selection: null };
  const sentences = toAltTextSentences(input, lang, t);
  const scope = describeScope(dataset, EMPTY_FILTERS, dataset.partnerships.length, lang, t);
  return {
    page: embedPageName(view, lang),
    lang,
    view,
    title: t.share.frameTitle(name, dataset.json.title[lang]),
    description: t.linkPreview.viewDescription(name, scope.charAt(0).toLocaleLowerCase(lang) + scope.slice(1)),
    image: `preview/${embedPageName(view, lang).replace(/\.html$/, '.png')}`,
    imageAlt: sentences.join(' '),
    card: { title: dataset.json.title[lang], subtitle: name, summary: sentences.slice(1, 3).join(' '), credit: t.share.credit },
  };
}

/**
 * The head tags a crawler reads (Open Graph, then Twitter's card), which run no script. Open
 * Graph asks for absolute addresses: with the site's address (`siteUrl`, set at build time) every
 * one is absolute; without it, the picture's address is written relative to the page, which many
 * crawlers resolve but the protocol does not promise, and the page's own address is left out.
 */
export function toLinkPreviewTags(page: PreviewPage, siteUrl: string | null, siteName: string): string {
  const absolute = (path: string) => (siteUrl ? new URL(path, siteUrl).href : path);
  const pageUrl = siteUrl ? new URL(page.page === 'index.html' ? './' : page.page, siteUrl).href : null;
  const other = (Object.keys(LOCALES) as Lang[]).filter((l) => l !== page.lang);
  const meta = (key: 'property' | 'name', name: string, content: string) => `<meta ${key}="${name}" content="${escapeXml(content)}" />`;
  const tags = [
    meta('name', 'description', page.description),
    pageUrl ? `<link rel="canonical" href="${escapeXml(pageUrl)}" />` : '',
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', siteName),
    meta('property', 'og:title', page.title),
    meta('property', 'og:description', page.description),
    pageUrl ? meta('property', 'og:url', pageUrl) : '',
    meta('property', 'og:locale', LOCALES[page.lang]),
    ...other.map((l) => meta('property', 'og:locale:alternate', LOCALES[l])),
    meta('property', 'og:image', absolute(page.image)),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(PREVIEW_IMAGE_SIZE.width)),
    meta('property', 'og:image:height', String(PREVIEW_IMAGE_SIZE.height)),
    meta('property', 'og:image:alt', page.imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', page.title),
    meta('name', 'twitter:description', page.description),
    meta('name', 'twitter:image', absolute(page.image)),
    meta('name', 'twitter:image:alt', page.imageAlt.slice(0, 420)),
  ];
  return tags.filter(Boolean).join('\n    ');
}
