// Finds the Chromium that the end-to-end tests drive: $CHROMIUM_PATH, else Debian's
// /usr/bin/chromium, else the browser that `npx playwright install chromium` downloads.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const INSTALL_HINT =
  'No Chromium found for the end-to-end tests: install one with `sudo apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/** @returns {string | undefined} */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright throws when its own browser was never downloaded; the other candidates remain.
  }
  return candidates.find((path) => path && existsSync(path));
}
