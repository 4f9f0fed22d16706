import type { DataIssue, IssuePlace } from '../data/dataIssue';
import type { Problem } from '../data/problem';
import type { Messages } from './fr';

/**
 * A problem's place and sentence in the language on screen. Problems are kept as codes and
 * values, and worded only here, at display time: a list shown in French reads in English as soon
 * as the reader switches.
 */
export function describePlace(at: IssuePlace, t: Messages): string {
  const words = t.issues;
  const parts: string[] = [];
  if (at.file) parts.push(at.file);
  if (at.line !== undefined && at.column !== undefined) parts.push(words.textPosition(at.line, at.column));
  if (at.rows && at.rows.length > 0) parts.push(words.rows(at.rows));
  if (at.sheetColumn) parts.push(words.sheetColumn(at.sheetColumn));
  const where = parts.join(', ');
  if (at.path === undefined) return where;
  const path = at.path || words.root;
  return where ? `${where} (${path})` : path;
}

export function describeProblem(problem: Problem, t: Messages): string {
  const word = t.issues.problems[problem.code] as (problem: Problem, t: Messages) => string;
  return word(problem, t);
}

/** "partnerships[3].sector: unknown sector "enrgy"", one problem a line when copied. */
export function describeIssue(issue: DataIssue, t: Messages): string {
  return `${describePlace(issue.at, t)}${t.colon}${describeProblem(issue.problem, t)}`;
}
