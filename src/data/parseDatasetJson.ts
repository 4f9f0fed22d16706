import { z } from 'zod/mini';
import { datasetJson, partnershipJson, type DatasetJson, type PartnershipJson } from './schema';
import { formatPath, type DataIssue, type Result } from './dataIssue';

/** Checks the shape and types of a parsed JSON value against the published format. */
export function parseDatasetJson(input: unknown): Result<DatasetJson> {
  const parsed = datasetJson.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: parsed.error.issues.map(toDataIssue) };
}

const partnershipList = z.array(partnershipJson);
const KEYS = Object.keys(datasetJson.def.shape);
const PARTNERSHIPS_AT = KEYS.indexOf('partnerships');

/**
 * The same check as `parseDatasetJson`, with the same answer and the same issues in the same
 * order, but the partnerships are checked a slice at a time with `between` awaited before each
 * slice: checking 5,000 of them at once blocks the page for a few hundred milliseconds.
 */
export async function parseDatasetJsonInSlices(input: unknown, between: () => Promise<void>, slice = 500): Promise<Result<DatasetJson>> {
  const list = typeof input === 'object' && input !== null && 'partnerships' in input ? input.partnerships : null;
  if (!Array.isArray(list) || list.length <= slice) return parseDatasetJson(input);
  const rest = datasetJson.safeParse({ ...(input as Record<string, unknown>), partnerships: [] });
  const partnerships: PartnershipJson[] = [];
  const partnershipIssues: z.core.$ZodIssue[] = [];
  for (let start = 0; start < list.length; start += slice) {
    await between();
    const part = partnershipList.safeParse(list.slice(start, start + slice));
    if (part.success) partnerships.push(...part.data);
    else {
      for (const issue of part.error.issues) {
        const [index, ...path] = issue.path;
        partnershipIssues.push({ ...issue, path: typeof index === 'number' ? ['partnerships', start + index, ...path] : ['partnerships'] });
      }
    }
  }
  if (rest.success && partnershipIssues.length === 0) return { ok: true, value: { ...rest.data, partnerships } };
  // A whole-object check reports fields in the schema's order, and unexpected fields last.
  const restIssues = rest.success ? [] : rest.error.issues;
  const isBefore = (issue: z.core.$ZodIssue) => {
    const at = KEYS.indexOf(String(issue.path[0]));
    return issue.path.length > 0 && at >= 0 && at < PARTNERSHIPS_AT;
  };
  const issues = [...restIssues.filter(isBefore), ...partnershipIssues, ...restIssues.filter((i) => !isBefore(i))];
  return { ok: false, issues: issues.map(toDataIssue) };
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
  const tooDeep = checkJsonLimits(text);
  // Checked before JSON.parse, so a file built to exhaust the parser or the validator never reaches them.
  if (tooDeep) {
    const where = tooDeep.offset === null ? source : `${source}, ${lineAndColumn(text, tooDeep.offset)}`;
    return { ok: false, issues: [{ path: where, message: tooDeep.message }] };
  }
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

/**
 * What a dataset file may hold. The format nests six levels at most and its texts are sentences,
 * so a file past these limits is a mistake or an attack: it is refused before it is parsed or
 * validated, with the place where it crossed the limit.
 */
export const JSON_LIMITS = { bytes: 20 * 1024 * 1024, depth: 20, stringLength: 10_000 } as const;

/** One pass over the text, outside and inside strings, that finds the first limit crossed. */
export function checkJsonLimits(text: string): { offset: number | null; message: string } | null {
  if (text.length > JSON_LIMITS.bytes) {
    return { offset: null, message: `the file is larger than ${JSON_LIMITS.bytes / (1024 * 1024)} MB, the most this dashboard reads; split it or remove what it does not need` };
  }
  let depth = 0;
  let stringStart = -1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (stringStart >= 0) {
      if (c === 92) i += 1; // a backslash escapes the next character
      else if (c === 34) {
        if (i - stringStart - 1 > JSON_LIMITS.stringLength) {
          return { offset: stringStart, message: `this text is ${i - stringStart - 1} characters long; ${JSON_LIMITS.stringLength} at most are read, so shorten it` };
        }
        stringStart = -1;
      }
    } else if (c === 34) stringStart = i;
    else if (c === 123 || c === 91) {
      depth += 1;
      if (depth > JSON_LIMITS.depth) return { offset: i, message: `the file nests deeper than ${JSON_LIMITS.depth} levels; the format needs six at most, so this is not a dataset` };
    } else if (c === 125 || c === 93) depth -= 1;
  }
  return null;
}
