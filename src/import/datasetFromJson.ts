import type { Result } from '../data/dataIssue';
import { parseDatasetJson } from '../data/parseDatasetJson';
import { checkIntegrity } from '../data/checkIntegrity';
import { indexDataset, type Dataset } from '../data/indexDataset';

/**
 * The data road for a dataset already in hand (converted from a CSV, or restored from the
 * browser's storage): the same shape validation and integrity checks as a fetched file, then the
 * index. Nothing that skipped a check can reach the store.
 */
export function datasetFromJson(value: unknown, sourceTexts: ReadonlyMap<string, string>): Result<Dataset> {
  const shaped = parseDatasetJson(value);
  if (!shaped.ok) return shaped;
  const issues = checkIntegrity(shaped.value, sourceTexts);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: indexDataset(shaped.value, sourceTexts) };
}
