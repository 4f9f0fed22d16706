import { z } from 'zod/mini';
import type { Problem } from './problem';

/**
 * zod carries an error as a string only, so the schema's errors carry their problem written as
 * JSON, and `problemOf` reads it back. A value that is missing altogether is reported as missing,
 * whatever check it failed.
 */
type RawIssue = z.core.$ZodRawIssue;

const REQUIRED: Problem = { code: 'required' };

/** The error of one check of the schema: its problem, or the problem made from the value found. */
export function problemError(problem: Problem | ((input: unknown) => Problem)) {
  return (issue: RawIssue): string => {
    if (issue.input === undefined) return JSON.stringify(REQUIRED);
    return JSON.stringify(typeof problem === 'function' ? problem(issue.input) : problem);
  };
}

/** Gives the checks that name no problem one from zod's own issue code; zod's sentences are never used. */
export function reportProblems(): void {
  z.config({ customError: (issue) => JSON.stringify(genericProblem(issue)) });
}

function genericProblem(issue: RawIssue): Problem {
  if (issue.input === undefined) return REQUIRED;
  if (issue.code === 'invalid_type') return { code: 'wrongType', expected: String(issue.expected), received: typeOf(issue.input) };
  if (issue.code === 'unrecognized_keys') return { code: 'unexpectedFields', keys: issue.keys };
  return { code: 'invalid' };
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The problem an issue of the schema carries. */
export function problemOf(issue: z.core.$ZodIssue): Problem {
  try {
    const problem = JSON.parse(issue.message) as Problem;
    if (typeof problem === 'object' && problem !== null && typeof problem.code === 'string') return problem;
  } catch {
    // An issue from a check that was not given a problem: worded from its code below.
  }
  if (issue.code === 'unrecognized_keys') return { code: 'unexpectedFields', keys: issue.keys };
  return { code: 'invalid' };
}
