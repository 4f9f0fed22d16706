import { JSON_LIMITS, parseDatasetJsonInSlices, parseJsonText } from './parseDatasetJson';
import { checkIntegrity } from './checkIntegrity';
import { checkStory } from './checkStory';
import { indexDataset, type Dataset } from './indexDataset';
import { inFile, type DataIssue, type Result } from './dataIssue';
import type { Problem } from './problem';
import { nextTask } from './nextTask';

export type Fetcher = (url: string) => Promise<Response>;

/**
 * The one road from a URL to a dataset: fetch, parse, validate the shape, fetch the source texts,
 * check integrity, index. It never throws: every failure comes back as issues with a location.
 */
export async function loadDataset(url: string, fetcher: Fetcher = (u) => fetch(u)): Promise<Result<Dataset>> {
  const fileName = url.split(/[?#]/)[0]?.split('/').pop() || url;
  const body = await fetchText(url, fetcher);
  if (!body.ok) return { ok: false, issues: [inFile(fileName, body.problem)] };
  return parseDatasetText(fileName, body.text, url, fetcher);
}

/**
 * Validates dataset text that is already in hand; `baseUrl` is where relative source-text paths
 * are resolved from. Parsing, validating, checking and indexing each run in a task of their own:
 * together they take a few hundred milliseconds on a large dataset, which would otherwise block
 * the page in one piece.
 */
export async function parseDatasetText(
  fileName: string,
  text: string,
  baseUrl: string,
  fetcher: Fetcher = (u) => fetch(u),
): Promise<Result<Dataset>> {
  const json = parseJsonText(fileName, text);
  if (!json.ok) return json;
  await nextTask();
  const shaped = await parseDatasetJsonInSlices(json.value, nextTask);
  if (!shaped.ok) return shaped;
  await nextTask();

  const issues: DataIssue[] = [];
  const sourceTexts = new Map<string, string>();
  await Promise.all(
    shaped.value.sources.map(async (source, i) => {
      if (!source.text) return;
      const textUrl = new URL(source.text, new URL(baseUrl, globalThis.location?.href ?? 'http://localhost/')).href;
      const loaded = await fetchText(textUrl, fetcher);
      if (loaded.ok) sourceTexts.set(source.id, loaded.text.normalize('NFC'));
      else issues.push({ at: { path: `sources[${i}].text` }, problem: { code: 'sourceTextFailed', file: source.text, cause: loaded.problem } });
    }),
  );
  issues.push(...checkIntegrity(shaped.value, sourceTexts));
  if (issues.length > 0) return { ok: false, issues };
  await nextTask();
  // The story is checked last, against the indexed dataset it presents.
  const dataset = indexDataset(shaped.value, sourceTexts);
  const storyIssues = checkStory(dataset);
  if (storyIssues.length > 0) return { ok: false, issues: storyIssues };
  // Whoever receives the dataset (the store, and the views that render it) starts in a task of its own.
  await nextTask();
  return { ok: true, value: dataset };
}

type Fetched = { ok: true; text: string } | { ok: false; problem: Problem };

async function fetchText(url: string, fetcher: Fetcher): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch {
    return { ok: false, problem: { code: 'unreachable' } };
  }
  if (!response.ok) return { ok: false, problem: { code: 'httpStatus', status: response.status } };
  // A file announced as too large is refused before it is downloaded, so the page never holds it.
  const announced = Number(response.headers.get('content-length'));
  if (announced > JSON_LIMITS.bytes) return { ok: false, problem: { code: 'fileTooLarge', limitBytes: JSON_LIMITS.bytes } };
  try {
    return { ok: true, text: await response.text() };
  } catch {
    return { ok: false, problem: { code: 'readIncomplete' } };
  }
}
