import type { DataIssue, IssuePlace } from '../data/dataIssue';
import type { Problem } from '../data/problem';
import type { Messages } from './fr';
import { issuesEn } from './issues.en';
import { issuesFr } from './issues.fr';
import type { IssueWording } from './issueWording';
import type { Lang } from '../model/lang';

/**
 * A problem's place and sentence in the language on screen, `t` being that language's catalogue.
 * Problems are kept as codes and values, and worded only here, at display time: a list shown in
 * French reads in English as soon as the reader switches. The wording of every problem in both
 * languages is a chunk of its own, which the page loads only when it has a problem to show
 * (`useDescribeIssue`).
 */
export const ISSUE_WORDING: Readonly<Record<Lang, IssueWording>> = { fr: issuesFr, en: issuesEn };

export function describePlace(at: IssuePlace, lang: Lang): string {
  const words = ISSUE_WORDING[lang];
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

export function describeProblem(problem: Problem, lang: Lang, t: Messages): string {
  type Word = (problem: Problem, context: { t: Messages; describe: (cause: Problem) => string }) => string;
  const word = ISSUE_WORDING[lang].problems[problem.code] as Word;
  return word(problem, { t, describe: (cause) => describeProblem(cause, lang, t) });
}

/** "partnerships[3].sector: unknown sector "enrgy"", one problem a line when copied. */
export function describeIssue(issue: DataIssue, lang: Lang, t: Messages): string {
  return `${describePlace(issue.at, lang)}${t.colon}${describeProblem(issue.problem, lang, t)}`;
}
