import { JSON_LIMITS, parseDatasetJsonInSlices, parseJsonText } from './parseDatasetJson';
import { checkIntegrity } from './checkIntegrity';
import { checkStory } from './checkStory';
import { indexDataset, type Dataset } from './indexDataset';
import type { DataIssue, Result } from './dataIssue';
import { nextTask } from './nextTask';

export type Fetcher = (url: string) => Promise<Response>;

/**
 * The one road from a URL to a dataset: fetch, parse, validate the shape, fetch the source texts,
 * check integrity, index. It never throws: every failure comes back as issues with a location.
 */
export async function loadDataset(url: string, fetcher: Fetcher = (u) => fetch(u)): Promise<Result<Dataset>> {
  const fileName = url.split(/[?#]/)[0]?.split('/').pop() || url;
  const body = await fetchText(url, fetcher);
  if (!body.ok) return { ok: false, issues: [{ path: fileName, message: body.message }] };
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
      else issues.push({ path: `sources[${i}].text`, message: `could not load "${source.text}": ${loaded.message}` });
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

type Fetched = { ok: true; text: string } | { ok: false; message: string };

async function fetchText(url: string, fetcher: Fetcher): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch {
    return { ok: false, message: 'the file could not be reached (the server did not answer)' };
  }
  if (!response.ok) return { ok: false, message: `the server answered HTTP ${response.status}; check that the file exists` };
  // A file announced as too large is refused before it is downloaded, so the page never holds it.
  const announced = Number(response.headers.get('content-length'));
  if (announced > JSON_LIMITS.bytes) return { ok: false, message: `the file is larger than ${JSON_LIMITS.bytes / (1024 * 1024)} MB, the most this dashboard reads` };
  try {
    return { ok: true, text: await response.text() };
  } catch {
    return { ok: false, message: 'the file could not be read completely' };
  }
}
