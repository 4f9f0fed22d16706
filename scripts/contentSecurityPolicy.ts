import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { STREET_TILES_URL } from '../src/views/map/streetTiles.js';

/**
 * Every built page carries a Content-Security-Policy in a `<meta>` of its head, so a page that
 * was altered on its way, or a string in a dataset that ever reached the markup, could run no
 * script and load nothing from a server the page does not need. A meta tag rather than a
 * header: the site is static and is served by hosts whose headers its authors do not control,
 * and the one-file build has no server at all.
 *
 * The page's own inline script and styles (the shell's stylesheet, written into the page to save
 * the first paint a round trip, and the line that asks for the shipped dataset early; in the
 * one-file build, all of its code and styles) are allowed by their SHA-256 hashes, computed from
 * the page as built, so nothing inline that the build did not write can run.
 */

export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

const META = /<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
const CHARSET = /<meta charset="[^"]*"\s*\/?>/i;

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The hashes of the page's inline `<script>` and `<style>` elements. Markup that a policy of
 * hashes cannot allow (a `style` or `on…` attribute) fails the build instead of being silently
 * blocked in the browser.
 */
export function inlineHashes(html: string): InlineHashes {
  const hashes: InlineHashes = { scripts: [], styles: [] };
  for (const [, tag, attributes, text] of html.matchAll(INLINE)) {
    if (tag?.toLowerCase() === 'script' && /\ssrc\s*=/i.test(attributes ?? '')) continue;
    (tag?.toLowerCase() === 'script' ? hashes.scripts : hashes.styles).push(hashOf(text ?? ''));
  }
  const markup = html.replace(COMMENT, '').replace(INLINE, '');
  const inlineAttribute = markup.match(/<[a-z][^>]*\s(style|on[a-z]+)\s*=/i);
  if (inlineAttribute)
    throw new Error(
      `content security policy: the page has an inline ${inlineAttribute[1]} attribute, which the policy blocks: ${inlineAttribute[0].slice(0, 120)}`,
    );
  return hashes;
}

/**
 * Where a page's workers may come from: the site's own files (the network's layout worker and
 * the service worker), or, in the one-file build, which has no file beside it, `blob:` only,
 * where its inlined layout worker starts from.
 */
export interface PolicyOptions {
  workers: string[];
}

const SITE: PolicyOptions = { workers: ["'self'"] };

/** The policy, one directive per need, everything else refused (`default-src 'none'`). */
export function toContentSecurityPolicy({ scripts, styles }: InlineHashes, { workers }: PolicyOptions = SITE): string {
  const directives: string[][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'", ...new Set(scripts)],
    ['style-src', "'self'", ...new Set(styles)],
    // data: for Leaflet's control images and the icon, blob: for the picture an export draws
    // before it becomes a PNG, and the street map's tiles.
    ['img-src', "'self'", 'data:', 'blob:', new URL(STREET_TILES_URL).origin],
    // A `?data=` link may name a dataset on any https address its author chose.
    ['connect-src', "'self'", 'https:'],
    // The network's layout worker, and the service worker that keeps the site for offline use.
    ['worker-src', ...workers],
    // The Embed dialog measures the embed's height in a frame of this site's own embed page.
    ['frame-src', "'self'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** The page with its policy as the first thing after its charset, before any element it governs. */
export function withContentSecurityPolicy(html: string, options: PolicyOptions = SITE): string {
  const page = html.replace(META, '');
  const charset = page.match(CHARSET);
  if (!charset || charset.index === undefined)
    throw new Error('content security policy: the page has no <meta charset>, after which the policy goes');
  const end = charset.index + charset[0].length;
  const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${toContentSecurityPolicy(inlineHashes(page), options)}" />`;
  return `${page.slice(0, end)}${meta}${page.slice(end)}`;
}

/**
 * Writes the policy into every HTML page of the build, once each page is final: after Vite has
 * written its scripts and styles, after the one-file build has inlined them, and after the embed
 * pages have been copied from index.html. So it goes last among the plugins.
 */
export function contentSecurityPolicy(options: PolicyOptions = SITE): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          file.source = withContentSecurityPolicy(html, options);
        }
      },
    },
  };
}
