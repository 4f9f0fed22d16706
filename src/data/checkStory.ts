import type { Dataset } from './indexDataset';
import type { DataIssue } from './dataIssue';
import { findQuote } from './findQuote';
import { parseUrlState } from './urlState';

/**
 * Checks a dataset's story against the dataset itself: each step's state must name only sectors,
 * statuses and actors the dataset has, and each quote must be in its source, as for partnerships.
 */
export function checkStory(dataset: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  (dataset.json.story ?? []).forEach((step, i) => {
    const at = `story[${i}]`;
    if (seen.has(step.id)) issues.push({ at: { path: `${at}.id` }, problem: { code: 'duplicateId', id: step.id, collection: 'story' } });
    seen.add(step.id);
    for (const notice of parseUrlState(step.state, dataset).notices) {
      issues.push({ at: { path: `${at}.state` }, problem: { code: 'stepStateUnknown', key: notice.key, value: notice.value } });
    }
    step.evidence.forEach((item, j) => {
      if (!dataset.sourceById.has(item.source)) {
        issues.push({ at: { path: `${at}.evidence[${j}].source` }, problem: { code: 'unknownSource', id: item.source } });
        return;
      }
      const text = dataset.sourceTexts.get(item.source);
      if (text !== undefined && item.quote !== undefined && findQuote(text, item.quote) === null) {
        issues.push({ at: { path: `${at}.evidence[${j}].quote` }, problem: { code: 'quoteNotInSource', source: item.source } });
      }
    });
  });
  return issues;
}
