import { describe, expect, it } from 'vitest';
import { summarizeLighthouse } from '../../../bench/lighthouse.mjs';
import { checkBudgets, formatTables } from '../../../bench/report.mjs';
import { benchResults } from '../../fixtures/benchResults';

/** The parts of a Lighthouse report that the benchmark reads. */
function fakeReport(performance: number, accessibility: number) {
  const audit = (id: string, score: number | null, numericValue?: number, scoreDisplayMode = 'numeric') => ({
    id,
    title: id,
    score,
    numericValue,
    displayValue: numericValue === undefined ? '' : `${numericValue}`,
    scoreDisplayMode,
  });
  return {
    lighthouseVersion: '12.2.3',
    environment: { benchmarkIndex: 900 },
    runWarnings: [],
    categories: {
      performance: {
        score: performance,
        auditRefs: [
          { id: 'total-blocking-time', weight: 30 },
          { id: 'first-contentful-paint', weight: 10 },
          { id: 'diagnostics', weight: 0 },
        ],
      },
      accessibility: { score: accessibility, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
    },
    audits: {
      'first-contentful-paint': audit('first-contentful-paint', 0.95, 1200),
      'largest-contentful-paint': audit('largest-contentful-paint', 0.9, 2400),
      'total-blocking-time': audit('total-blocking-time', 0.4, 650),
      'cumulative-layout-shift': audit('cumulative-layout-shift', 1, 0.004),
      'speed-index': audit('speed-index', 0.99, 1500),
      diagnostics: audit('diagnostics', null, undefined, 'informative'),
      'color-contrast': audit('color-contrast', accessibility === 1 ? 1 : 0, undefined, 'binary'),
    },
  };
}

const results = (lighthouse: unknown) => benchResults({ lighthouse });

describe('the Lighthouse part of the benchmark', () => {
  it('keeps the two scores, the key metrics and the scored audits under 0.9', () => {
    const summary = summarizeLighthouse(fakeReport(0.62, 1));
    expect(summary.performance).toBe(0.62);
    expect(summary.accessibility).toBe(1);
    expect(summary.metrics['total-blocking-time']).toEqual({ value: 650, score: 0.4 });
    expect(summary.metrics['cumulative-layout-shift']).toEqual({ value: 0.004, score: 1 });
    expect(summary.flagged.performance.map((a) => a.id)).toEqual(['total-blocking-time']);
    expect(summary.flagged.accessibility).toEqual([]);
  });

  it('says by how much the budgets are missed, and that they are met when they are', () => {
    const missed = checkBudgets(results({ runs: [], median: summarizeLighthouse(fakeReport(0.62, 0.96)) })).find(
      (b) => b.id === 'lighthouse',
    );
    expect(missed?.verdict).toBe('MISSED: performance 0.62 < 0.95, accessibility 0.96 < 1.00');
    const met = checkBudgets(results({ runs: [], median: summarizeLighthouse(fakeReport(0.97, 1)) })).find((b) => b.id === 'lighthouse');
    expect(met?.verdict).toBe('met (performance 0.97, accessibility 1.00)');
  });

  it('says why Lighthouse was not measured, and which budgets wait for a 5,000-partnership run', () => {
    const budgets = checkBudgets(results({ skipped: 'not run: the lighthouse package is not installed', runs: [], median: null }));
    expect(budgets.find((b) => b.id === 'lighthouse')?.verdict).toBe(
      'not measured: Lighthouse not run: the lighthouse package is not installed',
    );
    expect(budgets.find((b) => b.id === 'filter')?.verdict).toMatch(/^not measured \(no 5,000-partnership run/);
  });

  it('prints the scores and metrics in the table', () => {
    const r = {
      ...results({ runs: [summarizeLighthouse(fakeReport(0.62, 1))], median: summarizeLighthouse(fakeReport(0.62, 1)) }),
      budgets: [],
    };
    const text = formatTables(r);
    expect(text).toContain('| performance (budget >= 0.95)');
    expect(text).toMatch(/Total Blocking Time\s+\|\s+650 ms \|\s+0\.40 \|/);
    expect(text).toContain('Quick mode (what CI runs)');
  });
});
