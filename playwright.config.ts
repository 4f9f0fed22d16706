import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/chromium.mjs';
import { e2ePort } from './scripts/e2ePort.mjs';

// The site is served on a free port chosen once per run (E2E_PORT to choose it), from dist/
// (E2E_DIST to test another build), so two runs, or a preview left open, share a machine.
const port = e2ePort();
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/artifacts',
  fullyParallel: true,
  // Three workers on two cores: each test waits on the page part of the time, and with Chromium's
  // headless shell a third worker ran the suite in 2.9 min instead of 3.6 (two workers).
  workers: 3,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  // A test's time limit is a guard against a hang, not a measure of speed. The shared CI machines
  // run three workers on two cores: the Türkiye disagreement test, 10 s alone, took 30.7 s in one
  // full run there and was stopped by the old 30 s limit in the middle of an axe scan.
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    // Same picture every run: no animations, a fixed locale and time zone.
    locale: 'fr-FR',
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: findChromium({ headlessShell: true }),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--font-render-hinting=none',
      ],
    },
  },
  // The 5,000-partnership test runs last and alone: on two cores, sharing the machine with other
  // tests would measure the contention, not the app.
  projects: [
    { name: 'flows', testIgnore: /large\.spec\.ts/ },
    { name: 'large', testMatch: /large\.spec\.ts/, dependencies: ['flows'] },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --strictPort --port ${port} --outDir ${dist}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
