import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadInitialDataset, type BootSources } from '../../../src/boot/initialDataset';
import { TIME_LIMITS } from '../../../src/config/timeLimits';
import { loadDataset } from '../../../src/data/loadDataset';
import { createLoadSequence } from '../../../src/state/loadSequence';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';
import { inEnglish } from '../../fixtures/issueText';

const never = <T>() => new Promise<T>(() => undefined);

/** Start-up sources whose shipped dataset loads at once, and whose link and storage the test defines. */
function sources(overrides: Partial<BootSources>): BootSources {
  return {
    baseUri: 'https://atlas.example.org/app/',
    link: never,
    restore: async () => null,
    shipped: async () => ({ ok: true, value: articleDataset() }),
    ...overrides,
  };
}

const failure = () => {
  const { load } = useAppStore.getState();
  return load.phase === 'failed' ? { title: load.label, issues: load.issues.map(inEnglish), fellBack: load.fellBack } : load.phase;
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the start-up', () => {
  it('gives up on a ?data= server that sends nothing, and shows the shipped data naming its host and file', async () => {
    // The link's loader fetches through the watched fetcher, from a server that never answers.
    const s = sources({
      link: (address, step) => loadDataset(new URL(address, 'https://data.example.net/').href, step.watch(never), step),
    });
    const starting = loadInitialDataset({ dataUrl: 'https://data.example.net/feeds/late.json' }, s, createLoadSequence());
    await vi.advanceTimersByTimeAsync(TIME_LIMITS.silenceMs);
    await starting;
    expect(useAppStore.getState().dataset?.focus.id).toBe('MLI');
    expect(failure()).toEqual({
      title: 'late.json',
      issues: ['late.json: data.example.net sent nothing for 15 s, so loading was stopped'],
      fellBack: true,
    });
  });

  it('shows the bytes a link has sent of its total, and the shipped data once the person cancels', async () => {
    const sequence = createLoadSequence();
    const s = sources({
      link: (_address, step) => {
        step.onProgress?.(512, 2048);
        return never();
      },
    });
    const starting = loadInitialDataset({ dataUrl: 'mine.csv' }, s, sequence);
    await vi.advanceTimersByTimeAsync(0);
    expect(useAppStore.getState().load).toEqual({
      phase: 'loading',
      label: 'mine.csv',
      source: { kind: 'link', host: 'atlas.example.org' },
      received: 512,
      total: 2048,
    });
    sequence.cancelCurrent();
    await starting;
    expect(useAppStore.getState().dataset?.focus.id).toBe('MLI');
    expect(failure()).toEqual({ title: 'mine.csv', issues: ['mine.csv: loading was cancelled'], fellBack: true });
  });

  it('reads the browser’s storage first, and the person can cancel a read that hangs', async () => {
    const sequence = createLoadSequence();
    const starting = loadInitialDataset({ dataUrl: null }, sources({ restore: never }), sequence);
    await vi.advanceTimersByTimeAsync(0);
    expect(useAppStore.getState().load).toMatchObject({ phase: 'loading', source: { kind: 'storage' } });
    sequence.cancelCurrent();
    await starting;
    expect(useAppStore.getState().dataset?.focus.id).toBe('MLI');
    expect(failure()).toEqual({ title: 'IndexedDB', issues: ['IndexedDB: loading was cancelled'], fellBack: true });
  });

  it('shows the shipped data with the storage’s silence when the storage gave up', async () => {
    const silent = {
      ok: false,
      label: 'IndexedDB',
      issues: [{ at: { file: 'IndexedDB' }, problem: { code: 'storageSilent', seconds: 5 } }],
      drop: null,
    } as const;
    await loadInitialDataset({ dataUrl: null }, sources({ restore: async () => silent }), createLoadSequence());
    expect(failure()).toEqual({
      title: 'IndexedDB',
      issues: ["IndexedDB: this browser's storage did not answer within 5 s, so the data kept there could not be read"],
      fellBack: true,
    });
  });

  it('says why when the shipped data itself stays silent, with nothing to fall back on', async () => {
    const s = sources({ shipped: (step) => loadDataset('https://atlas.example.org/app/data/partnerships.json', step.watch(never), step) });
    const starting = loadInitialDataset({ dataUrl: null }, s, createLoadSequence());
    await vi.advanceTimersByTimeAsync(TIME_LIMITS.silenceMs);
    await starting;
    expect(useAppStore.getState().dataset).toBeNull();
    expect(failure()).toEqual({
      title: 'partnerships.json',
      issues: ['partnerships.json: atlas.example.org sent nothing for 15 s, so loading was stopped'],
      fellBack: undefined,
    });
  });

  it('keeps a copy of another tab’s dataset for this tab only once it is shown', async () => {
    const sequence = createLoadSequence();
    const order: string[] = [];
    const restore = async () => ({
      ok: true as const,
      label: 'A.json',
      dataset: articleDataset(),
      keep: async () => (order.push(`kept with ${String(useAppStore.getState().datasetOrigin.kind)} on screen`), true),
    });
    await loadInitialDataset({ dataUrl: null }, sources({ restore }), sequence);
    await sequence.settled();
    expect(order).toEqual(['kept with own on screen']);
  });
});
