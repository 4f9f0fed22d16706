import type { Dataset } from './indexDataset';
import type { DataIssue } from './dataIssue';
import { findQuote } from './findQuote';
import { parseUrlState } from '../state/urlState';

/**
 * Checks a dataset's story against the dataset itself: each step's state must name only sectors,
 * statuses and actors the dataset has, and each quote must be in its source, as for partnerships.
 */
export function checkStory(dataset: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  (dataset.json.story ?? []).forEach((step, i) => {
    const at = `story[${i}]`;
    if (seen.has(step.id)) issues.push({ path: `${at}.id`, message: `the id "${step.id}" is used twice in story` });
    seen.add(step.id);
    for (const notice of parseUrlState(step.state, dataset).notices) {
      issues.push({ path: `${at}.state`, message: `"${notice.key}=${notice.value}" names nothing in this dataset` });
    }
    step.evidence.forEach((item, j) => {
      if (!dataset.sourceById.has(item.source)) {
        issues.push({ path: `${at}.evidence[${j}].source`, message: `unknown source "${item.source}"` });
        return;
      }
      const text = dataset.sourceTexts.get(item.source);
      if (text !== undefined && item.quote !== undefined && findQuote(text, item.quote) === null) {
        issues.push({ path: `${at}.evidence[${j}].quote`, message: `this quote is not found word for word in source "${item.source}"; copy it exactly from the text` });
      }
    });
  });
  return issues;
}
