import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// `base: './'` keeps every asset URL relative, so the built site works from any sub-path
// (a newsroom's CMS folder, a GitHub Pages project page, a USB stick).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
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
});
