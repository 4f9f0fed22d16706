import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDatasetKeeper, tabDatasetKey, MAX_KEPT, type KeyValueStore, type TabMemory } from '../../../src/state/savedDataset';
import { indexDataset, type Dataset } from '../../../src/data/indexDataset';
import { parseDatasetJson } from '../../../src/data/parseDatasetJson';
import { ARTICLE_TEXT, articleJson } from '../../fixtures/datasetBuilder';
import { inEnglish } from '../../fixtures/issueText';

/** IndexedDB as a map, shared by every tab of a test, as the browser shares it. */
function browserStorage(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  // Structured clone, as IndexedDB stores a copy.
  const copy = <T>(value: T): T => (value === undefined ? value : structuredClone(value));
  return {
    data,
    get: async (key) => copy(data.get(key)),
    set: async (key, value) => void data.set(key, copy(value)),
    del: async (key) => void data.delete(key),
    update: async (key, change) => void data.set(key, copy(change(copy(data.get(key))))),
  };
}

/** One tab's sessionStorage, which outlives the tab's reloads. */
function tab(): TabMemory {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

/** The shipped dataset under another title, with the article its quotes come from. */
function titled(title: string): Dataset {
  const parsed = parseDatasetJson({ ...articleJson(), title: { fr: title, en: title } });
  if (!parsed.ok) throw new Error('fixture');
  return indexDataset(parsed.value, new Map([['article', ARTICLE_TEXT.normalize('NFC')]]));
}

const LIMIT_MS = 5_000;
const open = (storage: KeyValueStore, memory: TabMemory) => createDatasetKeeper(storage, memory, LIMIT_MS);
const titleOf = async (keeper: ReturnType<typeof open>) => {
  const restored = await keeper.restore();
  return restored === null ? null : restored.ok ? restored.dataset.json.title.en : restored.issues.map(inEnglish);
};

afterEach(() => {
  vi.useRealTimers();
});

describe('the dataset kept for each tab', () => {
  it('keeps two tabs apart: a reload of each shows its own, and a new tab opens the latest', async () => {
    const storage = browserStorage();
    const [first, second] = [tab(), tab()];
    expect(await open(storage, first).save('A.json', titled('A'))).toBe(true);

    const secondTab = open(storage, second);
    const adopted = await secondTab.restore();
    expect(adopted?.ok && adopted.dataset.json.title.en).toBe('A');
    // The new tab keeps its own copy, and then loads B.
    expect(adopted?.ok && (await adopted.keep?.())).toBe(true);
    await secondTab.save('B.json', titled('B'));

    expect(await titleOf(open(storage, first))).toBe('A');
    expect(await titleOf(open(storage, second))).toBe('B');
    expect(await titleOf(open(storage, tab()))).toBe('B');
  });

  it('forgets only this tab’s dataset when it goes back to the shipped one', async () => {
    const storage = browserStorage();
    const [first, second] = [tab(), tab()];
    await open(storage, first).save('A.json', titled('A'));
    await open(storage, second).save('B.json', titled('B'));
    const before = second.getItem('partnership-atlas/tab')!;
    await open(storage, second).forget();
    expect(await titleOf(open(storage, second))).toBeNull();
    expect(await titleOf(open(storage, first))).toBe('A');
    expect(storage.data.has(tabDatasetKey(before))).toBe(false);
  });

  it('shows the shipped data on a reload right after going back, even while the old entry is still being deleted', async () => {
    const storage = browserStorage();
    const memory = tab();
    await open(storage, memory).save('B.json', titled('B'));
    const slow: KeyValueStore = { ...storage, del: () => new Promise(() => {}) };
    void open(slow, memory).forget();
    expect(await titleOf(open(storage, memory))).toBeNull();
  });

  it(`keeps the datasets of the ${MAX_KEPT} tabs that saved last, and lets an older one go`, async () => {
    const storage = browserStorage();
    const tabs = Array.from({ length: MAX_KEPT + 1 }, tab);
    for (const [i, memory] of tabs.entries()) await open(storage, memory).save(`${i}.json`, titled(`T${i}`));
    expect(await titleOf(open(storage, tabs[0]!))).toBeNull();
    expect(await titleOf(open(storage, tabs[1]!))).toBe('T1');
    expect([...storage.data.keys()].filter((key) => key.startsWith('partnership-atlas/dataset/'))).toHaveLength(MAX_KEPT);
  });

  it('opens, in a new tab, the one dataset an earlier version kept, and moves it to the tab', async () => {
    const storage = browserStorage();
    const dataset = titled('Old');
    storage.data.set('partnership-atlas/last-own-dataset', {
      version: 1,
      label: 'old.json',
      json: dataset.json,
      sourceTexts: [...dataset.sourceTexts],
    });
    const memory = tab();
    const restored = await open(storage, memory).restore();
    expect(restored?.ok && restored.label).toBe('old.json');
    await (restored?.ok && restored.keep?.());
    expect(storage.data.has('partnership-atlas/last-own-dataset')).toBe(false);
    expect(await titleOf(open(storage, memory))).toBe('Old');
  });
});

describe('a kept dataset on its way back', () => {
  async function keptAndRewritten(
    rewrite: (entry: { json: { partnerships: { evidence: { quote: string }[] }[] }; sourceTexts: unknown[] }) => void,
  ) {
    const storage = browserStorage();
    const memory = tab();
    await open(storage, memory).save('A.json', titled('A'));
    const key = tabDatasetKey(memory.getItem('partnership-atlas/tab')!);
    const entry = storage.data.get(key) as Parameters<typeof rewrite>[0];
    rewrite(entry);
    return { storage, memory, key };
  }

  it('passes the quote check of a loaded file: a changed quote is refused', async () => {
    const { storage, memory } = await keptAndRewritten((entry) => {
      entry.json.partnerships[0]!.evidence[0]!.quote = 'Invented words.';
    });
    expect(await titleOf(open(storage, memory))).toEqual([
      'partnerships[0].evidence[0].quote: this quote is not found word for word in source "article"; copy it exactly from the text',
    ]);
  });

  it('is refused when the source texts its quotes were checked against were not kept, and is dropped', async () => {
    const { storage, memory, key } = await keptAndRewritten((entry) => {
      entry.json.partnerships[0]!.evidence[0]!.quote = 'Invented words.';
      entry.sourceTexts = [];
    });
    const restored = await open(storage, memory).restore();
    expect(restored?.ok ? [] : restored?.issues.map(inEnglish)).toEqual([
      'sources[0].text: the text "sources/article.fr.txt" was not kept with this data in the browser, so its quotes cannot be checked; load your file again',
    ]);
    await (restored && !restored.ok && restored.drop?.());
    expect(storage.data.has(key)).toBe(false);
  });

  it('is refused when it is not a kept dataset at all', async () => {
    const { storage, memory } = await keptAndRewritten((entry) => {
      entry.sourceTexts = [42];
    });
    expect(await titleOf(open(storage, memory))).toEqual([
      'IndexedDB: the dataset kept in this browser is unreadable; load your file again',
    ]);
  });
});

describe('a browser storage that fails', () => {
  it('that never answers is waited on for the time limit at most, reading and writing alike', async () => {
    vi.useFakeTimers();
    const silent: KeyValueStore = {
      get: () => new Promise(() => undefined),
      set: () => new Promise(() => undefined),
      del: () => new Promise(() => undefined),
      update: () => new Promise(() => undefined),
    };
    const keeper = open(silent, tab());
    const restored = keeper.restore();
    const saved = keeper.save('A.json', titled('A'));
    await vi.advanceTimersByTimeAsync(LIMIT_MS);
    expect(await restored).toEqual({
      ok: false,
      label: 'IndexedDB',
      issues: [{ at: { file: 'IndexedDB' }, problem: { code: 'storageSilent', seconds: 5 } }],
      drop: null,
    });
    expect(await saved).toBe(false);
  });

  it('that refuses (a private window, no IndexedDB) restores nothing and keeps nothing, without throwing', async () => {
    const refusing: KeyValueStore = {
      get: () => {
        throw new ReferenceError('indexedDB is not defined');
      },
      set: async () => {
        throw new Error('QuotaExceededError');
      },
      del: async () => undefined,
      update: async () => undefined,
    };
    const keeper = open(refusing, tab());
    expect(await keeper.restore()).toBeNull();
    expect(await keeper.save('A.json', titled('A'))).toBe(false);
    await expect(keeper.forget()).resolves.toBeUndefined();
  });
});
