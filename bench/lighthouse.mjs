// Lighthouse (mobile preset: an emulated mid-range phone, simulated slow 4G and a 4x slower CPU)
// on the full dashboard, run through its own command line so that its Chrome, flags and temporary
// folders stay apart from the benchmark's browser. Lighthouse is a dev dependency pinned to
// 12.2.3 (13 needs Node 22); when it or a Chromium is missing, the benchmark says so and goes on.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The metrics issue 10 asks about, in the order they are printed. */
export const LIGHTHOUSE_METRICS = [
  { id: 'first-contentful-paint', label: 'First Contentful Paint', unit: 'ms' },
  { id: 'largest-contentful-paint', label: 'Largest Contentful Paint', unit: 'ms' },
  { id: 'total-blocking-time', label: 'Total Blocking Time', unit: 'ms' },
  { id: 'cumulative-layout-shift', label: 'Cumulative Layout Shift', unit: '' },
  { id: 'speed-index', label: 'Speed Index', unit: 'ms' },
];

/** Where the Lighthouse command line is, or null when the package is not installed. */
export function findLighthouse() {
  try {
    const pkg = createRequire(import.meta.url).resolve('lighthouse/package.json');
    const cli = join(pkg, '..', 'cli', 'index.js');
    return existsSync(cli) ? cli : null;
  } catch {
    return null;
  }
}

/** @typedef {{ id: string; title: string; score: number; weight: number; value: string }} FlaggedAudit */

/**
 * What the benchmark keeps of a Lighthouse report: the two category scores, the key metrics, the
 * audits that did not pass (so the table says what to improve), and the warnings of the run.
 * @param {any} lhr a Lighthouse result (the JSON that `--output json` writes)
 */
export function summarizeLighthouse(lhr) {
  const audits = lhr.audits ?? {};
  const category = (/** @type {string} */ id) => lhr.categories?.[id]?.score ?? null;
  /** @param {string} id @returns {FlaggedAudit[]} */
  const failed = (id) =>
    (lhr.categories?.[id]?.auditRefs ?? [])
      .map((/** @type {{ id: string; weight: number }} */ ref) => ({ ref, audit: audits[ref.id] }))
      .filter(
        (/** @type {{ audit: any }} */ x) =>
          x.audit &&
          typeof x.audit.score === 'number' &&
          x.audit.score < 0.9 &&
          !['informative', 'notApplicable', 'manual'].includes(x.audit.scoreDisplayMode),
      )
      .map((/** @type {{ ref: { weight: number }; audit: any }} */ x) => ({
        id: x.audit.id,
        title: x.audit.title,
        score: x.audit.score,
        weight: x.ref.weight,
        value: x.audit.displayValue ?? '',
      }));
  return {
    performance: category('performance'),
    accessibility: category('accessibility'),
    metrics: Object.fromEntries(
      LIGHTHOUSE_METRICS.map((m) => [m.id, { value: audits[m.id]?.numericValue ?? NaN, score: audits[m.id]?.score ?? null }]),
    ),
    flagged: { performance: failed('performance'), accessibility: failed('accessibility') },
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    warnings: lhr.runWarnings ?? [],
    lighthouseVersion: lhr.lighthouseVersion ?? null,
  };
}

/**
 * Runs Lighthouse once on `url` and returns its full report. Chrome and Lighthouse write their
 * temporary folders under a private TMPDIR that is removed afterwards, so runs leave nothing behind.
 * @param {{ cli: string; url: string; chromePath: string; flags: string[]; outFile: string }} options
 * @returns {Promise<any>}
 */
export async function runLighthouse({ cli, url, chromePath, flags, outFile }) {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  try {
    const argv = [
      cli,
      url,
      '--only-categories=performance,accessibility',
      '--output=json',
      `--output-path=${outFile}`,
      '--quiet',
      `--chrome-flags=--headless=new ${flags.join(' ')}`,
    ];
    await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, argv, {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, CHROME_PATH: chromePath, TMPDIR: scratch },
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0
          ? resolve(undefined)
          : reject(new Error(`lighthouse exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`)),
      );
    });
    return JSON.parse(readFileSync(outFile, 'utf8'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
