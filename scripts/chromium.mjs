// Finds the Chromium that the end-to-end tests and the benchmark drive: $CHROMIUM_PATH, else
// Debian's /usr/bin/chromium, else the browser that `npx playwright install chromium` downloads.
// The tests prefer Chromium's headless shell when it is installed (Debian's
// chromium-headless-shell, the same engine without the browser's windowing layer): on two cores it
// runs the end-to-end suite about a tenth faster. The benchmark keeps the full browser, so its
// figures stay comparable with every earlier run.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const INSTALL_HINT =
  'No Chromium found for the end-to-end tests: install one with `sudo apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/** @param {{ headlessShell?: boolean }} [options] @returns {string | undefined} */
export function findChromium(options = {}) {
  const candidates = [
    process.env.CHROMIUM_PATH,
    ...(options.headlessShell ? ['/usr/bin/chromium-headless-shell'] : []),
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright throws when its own browser was never downloaded; the other candidates remain.
  }
  return candidates.find((path) => path && existsSync(path));
}
