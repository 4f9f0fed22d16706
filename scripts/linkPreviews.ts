import type { Plugin } from 'vite';
import type { LinkPreviewBuild } from './linkPreviewPages';

/**
 * Link previews for a static site that crawlers read without running its code. The build writes,
 * beside `index.html`, one page per embedded view and language (`embed-map-fr.html`): the same
 * page, booting the same app into that view, whose head names it (title, description, Open Graph
 * and Twitter card tags) and points to its own preview picture. The pictures (`preview/*.png`,
 * 1200 x 630) are drawn from the shipped dataset with the views' own derivations and styles, as
 * SVG, then rendered by resvg (WebAssembly) with a bundled font: the same bytes on every machine,
 * with no browser and no network. `siteUrl` (ATLAS_SITE_URL) makes every address absolute, as
 * Open Graph asks; see `toLinkPreviewTags` for what happens without it.
 *
 * The work is in `linkPreviewPages.ts`, loaded through a Vite server of its own at build time only,
 * so that it reads the app's TypeScript as the app does, and loading this config stays light.
 */
export function linkPreviews(options: { siteUrl: string | null }): Plugin {
  let root = process.cwd();
  let built: Promise<LinkPreviewBuild> | null = null;
  const build = () => {
    built ??= (async () => {
      const { createServer } = await import('vite');
      const server = await createServer({
        root,
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, watch: null },
      });
      try {
        const module = (await server.ssrLoadModule('/scripts/linkPreviewPages.ts')) as typeof import('./linkPreviewPages');
        return await module.buildLinkPreviews(root, options.siteUrl);
      } finally {
        await server.close();
      }
    })();
    return built;
  };
  return {
    name: 'link-previews',
    apply: 'build',
    // After Vite has written index.html into the bundle, which the embed pages are copies of.
    enforce: 'post',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const { indexTags } = await build();
        return html.replace(/<meta name="description"[^>]*>/, indexTags);
      },
    },
    generateBundle: {
      order: 'post',
      async handler(_, bundle) {
        const index = bundle['index.html'];
        if (!index || index.type !== 'asset') return;
        if (!options.siteUrl) {
          this.warn(
            'ATLAS_SITE_URL is not set: link previews point to their pictures with relative addresses, which not every crawler follows. Set it to the address the site is served from, e.g. ATLAS_SITE_URL=https://example.org/atlas/',
          );
        }
        const { pictures, embedPages } = await build();
        for (const file of [...pictures, ...embedPages(String(index.source))])
          this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
      },
    },
  };
}
