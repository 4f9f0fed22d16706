import { z } from 'zod/mini';
import { datasetJson, datasetJsonV1, partnershipJson, partnershipJsonV1, type DatasetJson } from './schema';
import { migrateV1 } from './migrateV1';
import { atPath, formatPath, type DataIssue, type IssuePlace, type Result } from './dataIssue';
import { problemOf } from './schemaProblems';
import type { Problem } from './problem';

/** Checks the shape and types of a parsed JSON value against the published format. */
export function parseDatasetJson(input: unknown): Result<DatasetJson> {
  const version = versionOf(input);
  const parsed = version.schema.safeParse(input);
  if (parsed.success) return { ok: true, value: version.migrate(parsed.data) };
  return { ok: false, issues: parsed.error.issues.map(toDataIssue) };
}

/**
 * Each version the app reads: its schema, its partnerships' schema (checked a slice at a time),
 * and its way to the current version. A file says its version; one that says none, or another,
 * is checked as the current version, whose check then names `schemaVersion`.
 */
interface Version<T> {
  schema: z.ZodMiniType<T>;
  partnerships: z.ZodMiniType;
  keys: string[];
  migrate: (json: T) => DatasetJson;
}

const CURRENT: Version<DatasetJson> = {
  schema: datasetJson,
  partnerships: z.array(partnershipJson),
  keys: Object.keys(datasetJson.def.shape),
  migrate: (json) => json,
};
const V1: Version<z.infer<typeof datasetJsonV1>> = {
  schema: datasetJsonV1,
  partnerships: z.array(partnershipJsonV1),
  keys: Object.keys(datasetJsonV1.def.shape),
  migrate: migrateV1,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the two versions differ only in what `migrate` takes.
function versionOf(input: unknown): Version<any> {
  return typeof input === 'object' && input !== null && (input as { schemaVersion?: unknown }).schemaVersion === 1 ? V1 : CURRENT;
}

/**
 * The same check as `parseDatasetJson`, with the same answer and the same issues in the same
 * order, but the partnerships are checked a slice at a time with `between` awaited before each
 * slice: checking 5,000 of them at once blocks the page for a few hundred milliseconds.
 */
export async function parseDatasetJsonInSlices(input: unknown, between: () => Promise<void>, slice = 500): Promise<Result<DatasetJson>> {
  const list = typeof input === 'object' && input !== null && 'partnerships' in input ? input.partnerships : null;
  if (!Array.isArray(list) || list.length <= slice) return parseDatasetJson(input);
  const version = versionOf(input);
  const rest = version.schema.safeParse({ ...(input as Record<string, unknown>), partnerships: [] });
  const partnerships: unknown[] = [];
  const partnershipIssues: z.core.$ZodIssue[] = [];
  for (let start = 0; start < list.length; start += slice) {
    await between();
    const part = version.partnerships.safeParse(list.slice(start, start + slice));
    if (part.success) partnerships.push(...(part.data as unknown[]));
    else {
      for (const issue of part.error.issues) {
        const [index, ...path] = issue.path;
        partnershipIssues.push({ ...issue, path: typeof index === 'number' ? ['partnerships', start + index, ...path] : ['partnerships'] });
      }
    }
  }
  if (rest.success && partnershipIssues.length === 0)
    return { ok: true, value: version.migrate({ ...(rest.data as object), partnerships }) };
  // A whole-object check reports fields in the schema's order, and unexpected fields last.
  const restIssues = rest.success ? [] : rest.error.issues;
  const isBefore = (issue: z.core.$ZodIssue) => {
    const at = version.keys.indexOf(String(issue.path[0]));
    return issue.path.length > 0 && at >= 0 && at < version.keys.indexOf('partnerships');
  };
  const issues = [...restIssues.filter(isBefore), ...partnershipIssues, ...restIssues.filter((i) => !isBefore(i))];
  return { ok: false, issues: issues.map(toDataIssue) };
}

function toDataIssue(issue: z.core.$ZodIssue): DataIssue {
  return atPath(formatPath(issue.path), problemOf(issue));
}

/**
 * Parses JSON text, turning a syntax error into an issue with its line and column
 * (the engines report a character offset, which nobody can find in an editor).
 */
export function parseJsonText(source: string, text: string): Result<unknown> {
  const tooDeep = checkJsonLimits(text);
  // Checked before JSON.parse, so a file built to exhaust the parser or the validator never reaches them.
  if (tooDeep) {
    const at = tooDeep.offset === null ? { file: source } : { file: source, ...lineAndColumn(text, tooDeep.offset) };
    return { ok: false, issues: [{ at, problem: tooDeep.problem }] };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, issues: [syntaxIssue(source, text, error)] };
  }
}

/**
 * Engines word a syntax error in English and each its own way (V8 gives an offset, Firefox a
 * line and column, Safari neither); the character at fault says the same in any language.
 */
function syntaxIssue(source: string, text: string, error: unknown): DataIssue {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  const ended = /end of (JSON input|data)/i.test(message);
  const offset =
    position !== undefined
      ? Number(position)
      : lineColumn
        ? offsetOf(text, Number(lineColumn[1]), Number(lineColumn[2]))
        : ended
          ? text.length
          : null;
  if (offset === null) return { at: { file: source }, problem: { code: 'notJson' } };
  const found = text.charAt(offset);
  return {
    at: { file: source, ...lineAndColumn(text, offset) },
    problem: found ? { code: 'notJson', found } : { code: 'notJson', ended: true },
  };
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l += 1) offset = text.indexOf('\n', offset) + 1;
  return Math.min(offset + column - 1, text.length);
}

/** The line and column, counted from 1, of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): Required<Pick<IssuePlace, 'line' | 'column'>> {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/**
 * What a dataset file may hold. The format nests six levels at most and its texts are sentences,
 * so a file past these limits is a mistake or an attack: it is refused before it is parsed or
 * validated, with the place where it crossed the limit.
 */
export const JSON_LIMITS = { bytes: 20 * 1024 * 1024, depth: 20, stringLength: 10_000 } as const;

/** One pass over the text, outside and inside strings, that finds the first limit crossed. */
export function checkJsonLimits(text: string): { offset: number | null; problem: Problem } | null {
  if (text.length > JSON_LIMITS.bytes) {
    return { offset: null, problem: { code: 'fileTooLarge', limitBytes: JSON_LIMITS.bytes } };
  }
  let depth = 0;
  let stringStart = -1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (stringStart >= 0) {
      if (c === 92)
        i += 1; // a backslash escapes the next character
      else if (c === 34) {
        if (i - stringStart - 1 > JSON_LIMITS.stringLength) {
          return { offset: stringStart, problem: { code: 'textTooLong', length: i - stringStart - 1, limit: JSON_LIMITS.stringLength } };
        }
        stringStart = -1;
      }
    } else if (c === 34) stringStart = i;
    else if (c === 123 || c === 91) {
      depth += 1;
      if (depth > JSON_LIMITS.depth) return { offset: i, problem: { code: 'jsonTooDeep', limit: JSON_LIMITS.depth } };
    } else if (c === 125 || c === 93) depth -= 1;
  }
  return null;
}
