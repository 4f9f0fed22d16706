import { mergeDatasets, type SameActors } from './mergeDatasets';
import { parseDatasetJson } from './parseDatasetJson';
import { checkIntegrity } from './checkIntegrity';
import { checkStory } from './checkStory';
import { indexDataset, type Dataset } from './indexDataset';
import type { Result } from './dataIssue';

/**
 * Merges `incoming` into `current` and checks the result as any load is checked (shape,
 * integrity, story). All or nothing: either the whole merged dataset, or its problems, each at
 * its place in the merged JSON, and then neither side has changed.
 */
export function mergeIntoDataset(current: Dataset, incoming: Dataset, same: SameActors): Result<Dataset> {
  const merged = mergeDatasets(current.json, incoming.json, same, { current: current.sourceTexts, incoming: incoming.sourceTexts });
  const shaped = parseDatasetJson(merged.json);
  if (!shaped.ok) return shaped;
  const issues = checkIntegrity(shaped.value, merged.sourceTexts);
  if (issues.length > 0) return { ok: false, issues };
  const dataset = indexDataset(shaped.value, merged.sourceTexts);
  const storyIssues = checkStory(dataset);
  return storyIssues.length > 0 ? { ok: false, issues: storyIssues } : { ok: true, value: dataset };
}
