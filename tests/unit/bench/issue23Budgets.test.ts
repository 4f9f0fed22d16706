import { describe, expect, it } from 'vitest';
import { benchResults } from '../../fixtures/benchResults';
import { ISSUE23_BUDGETS, checkIssue23Budgets, formatRatio, formatTables, ratioRows } from '../../../bench/report.mjs';

const stat = (median: number, worst = median) => ({ median, worst });

/** A dataset's figures as `run.mjs` gathers them, every time set to `ms` unless told. */
function dataset(
  name: string,
  figures: Partial<Record<'all' | 'network' | 'filter' | 'hover' | 'hub' | 'date' | 'task' | 'heap', number>>,
) {
  const f = { all: 1000, network: 900, filter: 80, hover: 10, hub: 12, date: 60, task: 40, heap: 100, ...figures };
  return {
    name,
    actors: name === 'xlarge' ? 1000 : 250,
    partnerships: name === 'xlarge' ? 50000 : 5000,
    bytes: 1,
    drawn: {
      map: stat(f.all - 200),
      network: stat(f.network),
      sectors: stat(f.all - 100),
      table: stat(f.all),
      all: stat(f.all),
    },
    filter: { ...stat(f.filter), dom: stat(f.filter), longestTask: stat(f.task) },
    hover: {
      ...stat(f.hover),
      dom: stat(2),
      input: stat(1),
      paint: stat(8),
      followed: stat(5),
      first: stat(20),
      firstDom: stat(3),
    },
    hubHover: { ...stat(f.hub), dom: stat(3), first: stat(f.hub), count: 3 },
    dateStep: { ...stat(f.date), dom: stat(f.date), longestTask: stat(f.task) },
    mapHover: { ...stat(9), dom: stat(3), followed: stat(5), first: stat(20) },
    longestTask: stat(f.task),
    longTasksOver200: stat(0),
    heapMB: stat(f.heap),
  };
}

function results(overrides: { datasets?: unknown[]; reference?: unknown[]; embedJs?: number; fullJs?: number } = {}) {
  const download = (page: string, js: number) => ({
    page,
    drawnMs: 800,
    drawnAllMs: 1000,
    jsGzipOnceDrawn: js,
    files: [],
    codeRaw: 0,
    codeGzip: 0,
    codeSent: 0,
    geometryGzip: 0,
    leafletOrGeometry: [],
  });
  return benchResults({
    datasets: overrides.datasets ?? [dataset('large', {})],
    downloads: [download('full dashboard', overrides.fullJs ?? 190_000), download('?embed=network', overrides.embedJs ?? 110_000)],
    reference: overrides.reference ?? [
      {
        dataset: 'large',
        actors: 250,
        partnerships: 5000,
        embed: { drawn: 600, longestTask: 45, jsFiles: 10, jsGzip: 110_000 },
        d3: { drawn: 622, longestTask: 392, jsFiles: 6, jsGzip: 10_000, hub: 'MLI', hubHover: { frame: 19 } },
      },
    ],
    budgets: [],
    lighthouse: { skipped: 'not asked for', runs: [], median: null },
  });
}

const verdictOf = (r: ReturnType<typeof results>, id: string) => checkIssue23Budgets(r).find((b) => b.id === id)?.verdict ?? '';

describe("issue 23's budgets", () => {
  it('gives a verdict for each budget of the issue, in its order', () => {
    expect(checkIssue23Budgets(results()).map((b) => b.id)).toEqual(ISSUE23_BUDGETS.map((b) => b.id));
  });

  it('meets every budget at 5,000 partnerships when each figure is within its limit', () => {
    const verdicts = checkIssue23Budgets(results()).filter((b) => !b.id.startsWith('xl'));
    expect(verdicts.filter((b) => !b.verdict.startsWith('met'))).toEqual([]);
  });

  it('judges the network embed against the d3 page of the same run, and says the ratio', () => {
    const slow = results({
      reference: [
        {
          dataset: 'large',
          actors: 250,
          partnerships: 5000,
          embed: { drawn: 1425, longestTask: 73, jsFiles: 10, jsGzip: 193_000 },
          d3: { drawn: 622, longestTask: 392, jsFiles: 6, jsGzip: 10_000, hubHover: { frame: 19 } },
        },
      ],
    });
    expect(verdictOf(slow, 'embedDrawn')).toBe("MISSED by 803 ms (1425 ms, 2.3x the 622 ms target); 2.29x the d3 page's");
    expect(verdictOf(results(), 'embedDrawn')).toBe("met (600 ms <= 622 ms); 0.96x the d3 page's");
  });

  it('misses the hub hover, the filter and the longest task at their limits of 16, 100 and 50 ms', () => {
    const r = results({ datasets: [dataset('large', { hub: 62, filter: 150, task: 73 })] });
    expect(verdictOf(r, 'hubHover')).toBe('MISSED by 46 ms (62 ms, 3.9x the 16 ms target)');
    expect(verdictOf(r, 'filter')).toBe('MISSED by 50 ms (150 ms, 1.5x the 100 ms target)');
    expect(verdictOf(r, 'longtask')).toBe('MISSED by 23 ms (73 ms, 1.5x the 50 ms target)');
  });

  it('counts the longest task of the date step as well as of the load and the filter', () => {
    const d = dataset('large', {});
    const r = results({ datasets: [{ ...d, dateStep: { ...d.dateStep, longestTask: stat(40, 120) } }] });
    expect(verdictOf(r, 'longtask')).toBe('MISSED by 70 ms (120 ms, 2.4x the 50 ms target)');
  });

  it('judges the full dashboard drawing at 1.5 s and the downloads at 120 and 200 kB', () => {
    const r = results({ datasets: [dataset('large', { all: 1844 })], embedJs: 193_000, fullJs: 304_000 });
    expect(verdictOf(r, 'draw')).toBe('MISSED by 344 ms (1844 ms, 1.2x the 1500 ms target)');
    expect(verdictOf(r, 'embedJs')).toBe('MISSED by 73.0 kB (193.0 kB, 1.6x the 120.0 kB target)');
    expect(verdictOf(r, 'fullJs')).toBe('MISSED by 104.0 kB (304.0 kB, 1.5x the 200.0 kB target)');
  });

  it('says the xlarge budgets were not measured without an xlarge run', () => {
    const xl = checkIssue23Budgets(results()).filter((b) => b.id.startsWith('xl'));
    expect(xl).toHaveLength(6);
    expect(xl.every((b) => b.verdict === 'not measured (no 50,000-partnership run: --xlarge)')).toBe(true);
  });

  it('judges xlarge at its own limits: 3 s, 200 ms, 16 ms, 100 ms, 300 MB and 100 ms', () => {
    const met = results({
      datasets: [dataset('large', {}), dataset('xlarge', { all: 2900, filter: 190, hub: 15, date: 90, heap: 290, task: 95 })],
    });
    expect(checkIssue23Budgets(met).filter((b) => b.id.startsWith('xl') && !b.verdict.startsWith('met'))).toEqual([]);
    const missed = results({
      datasets: [dataset('large', {}), dataset('xlarge', { all: 3100, filter: 210, hub: 17, date: 101, heap: 310, task: 101 })],
    });
    expect(checkIssue23Budgets(missed).filter((b) => b.id.startsWith('xl') && !b.verdict.startsWith('MISSED'))).toEqual([]);
    expect(verdictOf(missed, 'xlHeap')).toBe('MISSED by 10 MB (310 MB, 1.0x the 300 MB target)');
  });

  it('judges the xlarge hover on the slower of the partners and the hub', () => {
    const r = results({ datasets: [dataset('xlarge', { hover: 30, hub: 12 })] });
    expect(verdictOf(r, 'xlHover')).toBe("MISSED by 14 ms (30 ms, 1.9x the 16 ms target) (the slower of the partners' and the hub's)");
  });
});

describe('the ratios to the d3 page', () => {
  it('writes the dashboard as a multiple of the d3 page, to two decimals', () => {
    expect(formatRatio(1425, 622)).toBe('2.29x');
    expect(formatRatio(311, 622)).toBe('0.50x');
    expect(formatRatio(622, 622)).toBe('1.00x');
  });

  it('gives no ratio when a figure is missing or the reference is zero', () => {
    expect(formatRatio(Number.NaN, 622)).toBe('n/a');
    expect(formatRatio(100, Number.NaN)).toBe('n/a');
    expect(formatRatio(100, 0)).toBe('n/a');
  });

  it('sets each network figure of the dashboard beside the d3 page of the same dataset', () => {
    const r = results();
    const rows = ratioRows(r.reference[0], r.datasets[0]);
    expect(rows).toEqual([
      ['?embed=network drawn', '600 ms', '622 ms', '0.96x'],
      ['full dashboard: network drawn (median)', '900 ms', '622 ms', '1.45x'],
      ['hover on the hub, next frame (median)', '12 ms', '19 ms', '0.63x'],
      ['longest task until drawn: ?embed=network', '45 ms', '392 ms', '0.11x'],
      ['longest task during load: full dashboard (median)', '40 ms', '392 ms', '0.10x'],
      ['JS downloaded until drawn: ?embed=network (gzip)', '110.0 kB', '10.0 kB', '11.00x'],
    ]);
  });

  it('prints the ratio table and both lists of budgets', () => {
    const r = results();
    const text = formatTables({ ...r, budgets23: checkIssue23Budgets(r) });
    expect(text).toContain('| network, large (250 actors, 5000 p.)');
    expect(text).toContain('Budgets (issue 23):\n- at 5,000 partnerships ?embed=network drawn no later than the d3 page (median): met');
  });
});
