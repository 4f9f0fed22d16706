import { del, get, set } from 'idb-keyval';
import type { Dataset } from '../data/indexDataset';
import type { DataIssue } from '../data/dataIssue';
import { datasetFromJson } from '../import/datasetFromJson';

const KEY = 'partnership-atlas/last-own-dataset';

/** What is kept in IndexedDB: the validated dataset and the source texts its quotes were checked against. */
interface SavedDatasetJson {
  version: 1;
  label: string;
  json: unknown;
  sourceTexts: [string, string][];
}

export type Restored = { ok: true; label: string; dataset: Dataset } | { ok: false; label: string; issues: readonly DataIssue[] };

/**
 * Keeps the dataset a person loaded, so a reload shows it again. Storage can be refused (private
 * windows, a full disk); the dataset then stays on screen for this visit only, so this never throws.
 */
export async function saveOwnDataset(label: string, dataset: Dataset): Promise<boolean> {
  const saved: SavedDatasetJson = { version: 1, label, json: dataset.json, sourceTexts: [...dataset.sourceTexts] };
  try {
    await set(KEY, saved);
    return true;
  } catch {
    return false;
  }
}

export async function forgetOwnDataset(): Promise<void> {
  try {
    await del(KEY);
  } catch {
    // Nothing was kept, or storage is off: either way nothing is restored next time.
  }
}

/**
 * The kept dataset, checked again on the way in like any other input: what the browser holds may
 * come from an older version of the app, or have been edited by hand.
 */
export async function restoreOwnDataset(): Promise<Restored | null> {
  let saved: unknown;
  try {
    saved = await get(KEY);
  } catch {
    return null;
  }
  if (saved === undefined) return null;
  if (!isSaved(saved)) return { ok: false, label: 'IndexedDB', issues: [{ at: { file: 'IndexedDB' }, problem: { code: 'savedUnreadable' } }] };
  const result = datasetFromJson(saved.json, new Map(saved.sourceTexts));
  return result.ok ? { ok: true, label: saved.label, dataset: result.value } : { ok: false, label: saved.label, issues: result.issues };
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
