import type { Problem, ProblemCode } from '../data/problem';
import type { Messages } from './fr';

/** What a sentence may need besides the problem: the catalogue (status names), and the words of a problem within a problem. */
export interface WordingContext {
  t: Messages;
  describe: (cause: Problem) => string;
}

/** One sentence for each problem code, from the problem's values. */
export type ProblemWording = { [C in ProblemCode]: (problem: Extract<Problem, { code: C }>, context: WordingContext) => string };

/** How a language writes where a problem is, and what each problem is. */
export interface IssueWording {
  /** The place of a problem about the dataset as a whole. */
  root: string;
  textPosition: (line: number, column: number) => string;
  rows: (rows: readonly number[]) => string;
  sheetColumn: (column: { letter: string; header: string }) => string;
  problems: ProblemWording;
}

/** "4", "4 and 9", "2, 3 and 9"; past twelve, the first twelve and an ellipsis. */
export function listNumbers(numbers: readonly number[], and: string): string {
  if (numbers.length > 12) return `${numbers.slice(0, 12).join(', ')}…`;
  if (numbers.length < 2) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} ${and} ${numbers[numbers.length - 1]}`;
}

const MEGABYTE = 1024 * 1024;

/** A size in megabytes with one decimal, written with the language's decimal mark. */
export function megabytes(bytes: number, decimalMark: string): string {
  return (bytes / MEGABYTE).toFixed(1).replace('.', decimalMark);
}

/** A whole number of megabytes, for the limits. */
export function wholeMegabytes(bytes: number): number {
  return Math.round(bytes / MEGABYTE);
}
