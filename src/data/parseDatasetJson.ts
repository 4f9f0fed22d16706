import type { z } from 'zod';
import { datasetJson, type DatasetJson } from './schema';
import { formatPath, type DataIssue, type Result } from './dataIssue';

/** Checks the shape and types of a parsed JSON value against the published format. */
export function parseDatasetJson(input: unknown): Result<DatasetJson> {
  const parsed = datasetJson.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: parsed.error.issues.map(toDataIssue) };
}

function toDataIssue(issue: z.core.$ZodIssue): DataIssue {
  const path = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return { path, message: `unexpected field ${issue.keys.map((k) => `"${k}"`).join(', ')}` };
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return { path, message: 'this field is required' };
  }
  return { path, message: issue.message };
}

/**
 * Parses JSON text, turning a syntax error into an issue with its line and column
 * (the engines report a character offset, which nobody can find in an editor).
 */
export function parseJsonText(source: string, text: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = /position (\d+)/.exec(message)?.[1];
    const where = offset === undefined ? source : `${source}, ${lineAndColumn(text, Number(offset))}`;
    const reason = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
    return { ok: false, issues: [{ path: where, message: `the file is not valid JSON (${reason})` }] };
  }
}

export function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}
