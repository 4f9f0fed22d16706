/**
 * A problem found in a dataset: where it is and a sentence that says what to fix.
 * `path` reads like the JSON it points into (`partnerships[3].sector`), or names the file and
 * position for a syntax error (`line 4, column 12`).
 */
export interface DataIssue {
  path: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: DataIssue[] };

/** Formats a JSON path such as `['partnerships', 3, 'sector']` as `partnerships[3].sector`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(dataset)';
}

export function describeIssue(issue: DataIssue): string {
  return `${issue.path}: ${issue.message}`;
}
