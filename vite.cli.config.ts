import { defineConfig } from 'vite';

/**
 * The analysts' command-line tools (`npm run draft`, `npm run validate`), built for Node from the
 * app's own modules. Vite already builds the app, so it needs no other dependency; it also reads
 * what plain Node cannot: the world geometry imported `?raw` and the country names' JSON.
 * Everything is bundled, so the scripts run on a fresh clone right after `npm ci`.
 */
export default defineConfig({
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-cli',
    // Both scripts build before they run; left in place, files of a build running at the same time are not deleted under it.
    emptyOutDir: false,
    copyPublicDir: false,
    minify: false,
    rolldownOptions: {
      input: { draft: 'src/cli/draft.ts', validate: 'src/cli/validate.ts' },
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name].js' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
  resolve: {
    // The page's own entry of the country names (the package's "browser" one): the Node entry
    // requires every language's file by a computed path, which no bundle can follow.
    alias: [{ find: /^i18n-iso-countries$/, replacement: 'i18n-iso-countries/index.js' }],
  },
});
