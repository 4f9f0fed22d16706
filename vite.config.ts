import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

// `base: './'` keeps every asset URL relative, so the built site works from any sub-path
// (a newsroom's CMS folder, a GitHub Pages project page, a USB stick).
// `vite build --mode single` (npm run build:single) makes one self-contained HTML file: code,
// styles, geometry, dataset and source text inlined, for a USB stick and a double-click.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: mode === 'single' ? [react(), viteSingleFile({ removeViteModuleLoader: true })] : [react()],
  build: {
    target: 'es2022',
    sourcemap: mode !== 'single',
    outDir: mode === 'single' ? 'dist-single' : 'dist',
    // The one file has no folder beside it, so public/ (the data, now bundled) is not copied.
    copyPublicDir: mode !== 'single',
  },
  test: {
    restoreMocks: true,
    pool: 'threads',
    // Pure code is tested in Node, which starts far faster than jsdom; a unit test that needs a
    // DOM says so with a `@vitest-environment jsdom` comment.
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', isolate: false, setupFiles: ['tests/setup.unit.ts'], include: ['tests/unit/**/*.test.{ts,tsx}'] },
      },
      {
        extends: true,
        test: { name: 'components', environment: 'jsdom', setupFiles: ['tests/setup.ts'], include: ['tests/components/**/*.test.{ts,tsx}'] },
      },
    ],
  },
}));
