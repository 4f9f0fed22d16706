import { del, get, set, update } from 'idb-keyval';
import type { Dataset } from '../data/indexDataset';
import { inFile, type DataIssue } from '../data/dataIssue';
import { restoreDatasetText } from '../data/loadDataset';
import { TIME_LIMITS, TIMED_OUT, withinTimeLimit } from '../config/timeLimits';

/** The few calls to the browser's storage (IndexedDB) that keeping a dataset needs. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  /** Reads and writes one key in one transaction, so that two tabs never lose each other's change. */
  update(key: string, change: (old: unknown) => unknown): Promise<void>;
}

/** A tab's own memory (sessionStorage): a reload of the tab keeps it, and no other tab sees it. */
export type TabMemory = Pick<Storage, 'getItem' | 'setItem'>;

/** What stands for the browser's storage where a problem names its place. */
export const STORAGE_LABEL = 'IndexedDB';

/** How many tabs' datasets are kept at most; a tab closed long ago gives way to a newer one. */
export const MAX_KEPT = 4;

const TAB = 'partnership-atlas/tab';
/** The ids of the tabs that keep a dataset, the latest saved first. */
const INDEX = 'partnership-atlas/kept';
/** Where versions before the datasets were kept per tab kept the one dataset. */
const LEGACY = 'partnership-atlas/last-own-dataset';
export const tabDatasetKey = (tab: string) => `partnership-atlas/dataset/${tab}`;

/** What is kept: the validated dataset and the source texts its quotes were checked against. */
interface SavedDatasetJson {
  version: 1;
  label: string;
  json: unknown;
  sourceTexts: [string, string][];
}

export type Restored =
  /** `keep` writes this tab's own copy when the dataset was another tab's (a new tab opens the latest one). */
  | { ok: true; label: string; dataset: Dataset; keep: (() => Promise<boolean>) | null }
  /** `drop` deletes an entry that fails the checks, so the next visit starts clean; null when storage did not answer. */
  | { ok: false; label: string; issues: readonly DataIssue[]; drop: (() => Promise<void>) | null };

export interface DatasetKeeper {
  /**
   * The dataset this tab showed before a reload; in a new tab, the one loaded last in this
   * browser; null when there is none, or storage is off.
   */
  restore(): Promise<Restored | null>;
  /** Keeps this tab's dataset, so that a reload of this tab shows it again; false when storage refused. */
  save(label: string, dataset: Dataset): Promise<boolean>;
  /** Forgets this tab's dataset, so that its reload shows the shipped one. */
  forget(): Promise<void>;
}

/**
 * Each tab keeps its own dataset, under an id that lives in the tab's sessionStorage: two tabs
 * loading two datasets never overwrite each other, and a reload of each shows its own. A new tab
 * opens the dataset loaded last in any tab, and keeps its own copy from then on. Every call to
 * storage waits `limitMs` at most (some browsers' IndexedDB never answers), and none throws:
 * storage can be refused (private windows, a full disk), and then the dataset stays on screen for
 * this visit only.
 */
export function createDatasetKeeper(store: KeyValueStore, memory: TabMemory | null, limitMs: number): DatasetKeeper {
  let tab: { id: string; isNew: boolean } | null = null;
  const thisTab = () => (tab ??= tabOf(memory));
  const limited = <T>(work: () => Promise<T>) => withinTimeLimit(work, limitMs);

  /** Deletes a tab's entry (or the one entry of older versions, for `null`), never throwing. */
  const unkeep = (id: string | null) =>
    limited(async () => {
      if (id === null) return store.del(LEGACY);
      await store.del(tabDatasetKey(id));
      await store.update(INDEX, (old) => idsOf(old).filter((t) => t !== id));
    }).then(
      () => undefined,
      () => undefined,
    );

  /** This tab's entry; in a new tab, the entry saved last by any tab (`from` is whose it is). */
  const readEntry = () =>
    limited(async (): Promise<{ from: string | null; value: unknown } | null> => {
      const { id, isNew } = thisTab();
      const own = await store.get(tabDatasetKey(id));
      if (own !== undefined) return { from: id, value: own };
      if (!isNew) return null;
      const latest = idsOf(await store.get(INDEX))[0] ?? null;
      const value = await store.get(latest === null ? LEGACY : tabDatasetKey(latest));
      return value === undefined ? null : { from: latest, value };
    }).catch(() => null);

  const save = async (label: string, dataset: Dataset): Promise<boolean> => {
    const { id } = thisTab();
    const saved: SavedDatasetJson = { version: 1, label, json: dataset.json, sourceTexts: [...dataset.sourceTexts] };
    const done = await limited(async () => {
      await store.set(tabDatasetKey(id), saved);
      let dropped: string[] = [];
      await store.update(INDEX, (old) => {
        const ids = [id, ...idsOf(old).filter((t) => t !== id)];
        dropped = ids.slice(MAX_KEPT);
        return ids.slice(0, MAX_KEPT);
      });
      for (const old of dropped) await store.del(tabDatasetKey(old));
      await store.del(LEGACY);
      return true;
    }).catch(() => false);
    return done === true;
  };

  const restore = async (): Promise<Restored | null> => {
    const entry = await readEntry();
    if (entry === TIMED_OUT) return silentStorage(limitMs);
    if (entry === null) return null;
    const drop = () => unkeep(entry.from);
    const { value } = entry;
    if (!isSaved(value)) return { ok: false, label: STORAGE_LABEL, issues: [inFile(STORAGE_LABEL, { code: 'savedUnreadable' })], drop };
    const text = jsonText(value.json);
    if (text === null) return { ok: false, label: value.label, issues: [inFile(STORAGE_LABEL, { code: 'savedUnreadable' })], drop };
    const result = await restoreDatasetText(value.label, text, new Map(value.sourceTexts));
    if (!result.ok) return { ok: false, label: value.label, issues: result.issues, drop };
    const keep = entry.from === thisTab().id ? null : () => save(value.label, result.value);
    return { ok: true, label: value.label, dataset: result.value, keep };
  };

  /**
   * Forgets this tab's dataset. The tab takes a new id at once, in its sessionStorage (which is
   * written synchronously), so a reload right after shows the shipped data even while IndexedDB
   * is still deleting the old entry; and it is not a new tab, so it does not pick up another
   * tab's dataset either.
   */
  const forget = () => {
    const old = thisTab().id;
    tab = renewTab(memory);
    return unkeep(old).then(() => unkeep(null));
  };

  return { restore, save, forget };
}

function renewTab(memory: TabMemory | null): { id: string; isNew: boolean } {
  const id = crypto.randomUUID();
  try {
    memory?.setItem(TAB, id);
  } catch {
    // No sessionStorage: the new id holds for this page only, as the old one did.
  }
  return { id, isNew: false };
}

function tabOf(memory: TabMemory | null): { id: string; isNew: boolean } {
  try {
    const known = memory?.getItem(TAB);
    if (known) return { id: known, isNew: false };
    const id = crypto.randomUUID();
    memory?.setItem(TAB, id);
    return { id, isNew: true };
  } catch {
    // No sessionStorage (a sandboxed frame): this page is a tab of its own until it closes.
    return { id: crypto.randomUUID(), isNew: true };
  }
}

function silentStorage(limitMs: number): Restored {
  return {
    ok: false,
    label: STORAGE_LABEL,
    issues: [inFile(STORAGE_LABEL, { code: 'storageSilent', seconds: Math.round(limitMs / 1000) })],
    drop: null,
  };
}

function idsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The kept JSON as text, so that it is checked as a file is, limits included; null when it cannot be written as JSON. */
function jsonText(json: unknown): string | null {
  try {
    return JSON.stringify(json) ?? null;
  } catch {
    return null;
  }
}

function isSaved(value: unknown): value is SavedDatasetJson {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SavedDatasetJson>;
  return (
    v.version === 1 &&
    typeof v.label === 'string' &&
    Array.isArray(v.sourceTexts) &&
    v.sourceTexts.every((pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && typeof pair[1] === 'string')
  );
}

const idbStore: KeyValueStore = { get, set, del, update };

function sessionMemory(): TabMemory | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** This page's keeper, on IndexedDB and the tab's sessionStorage. */
export const datasetKeeper = createDatasetKeeper(idbStore, sessionMemory(), TIME_LIMITS.storageMs);
