import { EMBED_VIEWS, type AppConfig, type EmbedView } from '../config/appConfig';
import { isLang, type Lang } from '../model/lang';

/**
 * Set by the build (vite.config.ts): true when the site ships one HTML page per embedded view and
 * language, each with its own link preview. The one-file build and the dev server have none.
 */
declare const __EMBED_PAGES__: boolean | undefined;
export const HAS_EMBED_PAGES: boolean = typeof __EMBED_PAGES__ !== 'undefined' && __EMBED_PAGES__;

/**
 * The name of the page that shows one view alone in one language: `embed-map-fr.html`. A crawler
 * runs no JavaScript, so each embed has a page of its own whose head already holds its title,
 * description and preview image; it boots the same app, into that view.
 */
export function embedPageName(view: EmbedView, lang: Lang): string {
  return `embed-${view}-${lang}.html`;
}

const PAGE_META = 'partnership-atlas:embed';
export const PAGE_META_NAME = PAGE_META;

/** The view and language an embed page declares in its head (`<meta name="partnership-atlas:embed" content="map fr">`). */
export function readEmbedPage(doc: Pick<Document, 'querySelector'>): { view: EmbedView; lang: Lang } | null {
  const [view, lang] = (doc.querySelector(`meta[name="${PAGE_META}"]`)?.getAttribute('content') ?? '').split(' ');
  return (EMBED_VIEWS as readonly string[]).includes(view ?? '') && isLang(lang) ? { view: view as EmbedView, lang } : null;
}

/** The page's configuration, with the view an embed page stands for, whatever its query says. */
export function withEmbedPage(config: AppConfig, page: { view: EmbedView } | null): AppConfig {
  return page ? { ...config, embed: page.view } : config;
}

/**
 * The dashboard's address, seen from any page of the site: an embed page's folder, else the
 * address itself without its query or hash.
 */
export function toSiteBaseUrl(href: string): string {
  const url = new URL(href);
  const path = /(?:^|\/)embed-[a-z]+-[a-z]{2}\.html$/.test(url.pathname) ? url.pathname.replace(/[^/]*$/, '') : url.pathname;
  return `${url.origin}${path}`;
}
