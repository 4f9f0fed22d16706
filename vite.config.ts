import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { linkPreviews } from './scripts/linkPreviews.js';
import { contentSecurityPolicy } from './scripts/contentSecurityPolicy.js';
import { serviceWorker } from './scripts/serviceWorker.js';

/**
 * Makes the first screen of the built page need fewer round trips: the entry's stylesheet (the
 * shared looks, themes and print, 12 kB, 3 kB gzip; the dashboard's own comes with its page chunk,
 * which it needs to draw anyway) is written into the page instead of being a request that holds
 * the first paint back, and the shipped dataset, which the header's title and source line are drawn from, is
 * requested while the page's code downloads instead of once it has run (unless a `?data=` link
 * names another dataset). The code's own request for it (`browserBootSources`) gets this answer.
 * Both stay inline under the page's Content-Security-Policy, which allows them by their hashes
 * (scripts/contentSecurityPolicy.ts): an external file would cost the round trip this saves.
 */
function firstScreenInPage(): Plugin {
  const requestShippedData =
    "if(!/[?&]data=/.test(location.search)){var l=document.createElement('link');l.rel='preload';l.as='fetch';l.crossOrigin='anonymous';l.href='data/partnerships.json';document.head.appendChild(l)}";
  return {
    name: 'first-screen-in-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const inlined = html.replace(/<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const asset = bundle[file];
          return asset?.type === 'asset' ? `<style>${String(asset.source)}</style>` : tag;
        });
        return { html: inlined, tags: [{ tag: 'script', children: requestShippedData, injectTo: 'head' }] };
      },
    },
  };
}

/** Whether a module belongs to the code every page needs, the dashboard and each embed alike. */
function isCore(id: string): boolean {
  if (/[\\/]node_modules[\\/]/.test(id)) return /[\\/]node_modules[\\/](react|react-dom|scheduler|zustand)[\\/]/.test(id);
  return /[\\/]src[\\/](state|model|config)[\\/]|[\\/]src[\\/]i18n[\\/](fr|format|plural|frenchNames|frenchCountryGrammar|named|lang|messages)\.ts$/.test(
    id,
  );
}

/** The site's address as a folder (with its trailing slash), or null when unset or not an http(s) address. */
function siteUrl(value: string | undefined): string | null {
  if (!value) return null;
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`ATLAS_SITE_URL must be an http(s) address, not ${value}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

// `base: './'` keeps every asset URL relative, so the built site works from any sub-path
// (a newsroom's CMS folder, a GitHub Pages project page, a USB stick).
// `vite build --mode single` (npm run build:single) makes one self-contained HTML file: code,
// styles, geometry, dataset and source text inlined, for a USB stick and a double-click. Its
// network layout worker is inlined too: the module that says where its script is
// (layoutWorkerScript.ts, a file of its own) is replaced by one that carries it and starts it from
// a `blob:` address (layoutWorkerScriptInline.ts), and its Content-Security-Policy allows workers
// from `blob:` only.
//
// The ordinary build also writes a page per embedded view and language, with its own link preview
// (scripts/linkPreviews.ts). ATLAS_SITE_URL, the address the site is served from (for example
// https://example.org/atlas/), makes the previews' addresses absolute, as Open Graph asks.
export default defineConfig(({ command, mode }) => ({
  base: './',
  plugins:
    mode === 'single'
      ? [react(), viteSingleFile({ removeViteModuleLoader: true }), contentSecurityPolicy({ workers: ['blob:'] })]
      : [
          react(),
          firstScreenInPage(),
          linkPreviews({ siteUrl: siteUrl(process.env.ATLAS_SITE_URL) }),
          contentSecurityPolicy(),
          serviceWorker(),
        ],
  define: { __EMBED_PAGES__: JSON.stringify(command === 'build' && mode !== 'single') },
  resolve: {
    alias:
      mode === 'single'
        ? [
            {
              find: /^\.\/layoutWorkerScript$/,
              replacement: fileURLToPath(new URL('./src/views/network/layoutWorkerScriptInline.ts', import.meta.url)),
            },
          ]
        : [],
  },
  build: {
    target: 'es2022',
    sourcemap: mode !== 'single',
    outDir: mode === 'single' ? 'dist-single' : 'dist',
    // The one file has no folder beside it, so public/ (the data, now bundled) is not copied.
    copyPublicDir: mode !== 'single',
    // dist/.vite/manifest.json: which chunks each page and view loads, read by scripts/bundleReport.mjs.
    manifest: mode !== 'single',
    rollupOptions: {
      output: {
        // main.tsx fetches one page chunk, the dashboard's or an embed's. What both need (React, the
        // store, the dataset's checks, the French catalogue) is kept as one chunk: left to itself
        // the bundler splits it into some twenty small ones, which compress worse (7 kB gzip more).
        codeSplitting: { groups: [{ name: 'core', test: isCore }] },
      },
    },
  },
  test: {
    restoreMocks: true,
    pool: 'threads',
    // Every core: vitest keeps one free by default, which on a two-core machine runs the files one
    // at a time while jsdom's set-up of each file waits on nothing but the processor.
    maxWorkers: availableParallelism(),
    // Pure code is tested in Node, which starts far faster than jsdom; a unit test that needs a
    // DOM says so with a `@vitest-environment jsdom` comment.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          isolate: false,
          setupFiles: ['tests/setup.unit.ts'],
          include: ['tests/unit/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
          include: ['tests/components/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
}));
