import { JSON_LIMITS, parseDatasetJsonInSlices, parseJsonText } from './parseDatasetJson';
import { checkIntegrity } from './checkIntegrity';
import { checkStory } from './checkStory';
import { indexDataset, type Dataset } from './indexDataset';
import { inFile, type DataIssue, type Result } from './dataIssue';
import type { Problem } from './problem';
import { nextTask } from './nextTask';
import { readBody, type ReadOptions } from './readBody';
import type { SourceJson } from './schema';

export type Fetcher = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;

/** What a load may be given besides its address: a way to stop it, and a listener for the bytes of its file. */
export type LoadOptions = Pick<ReadOptions, 'signal' | 'onProgress'>;

const fetchOf: Fetcher = (url, init) => fetch(url, init);

/**
 * The one road from a URL to a dataset: fetch, parse, validate the shape, fetch the source texts,
 * check integrity, index. It never throws: every failure comes back as issues with a location.
 */
export async function loadDataset(
  url: string,
  fetcher: Fetcher = fetchOf,
  { signal, onProgress }: LoadOptions = {},
): Promise<Result<Dataset>> {
  const fileName = url.split(/[?#]/)[0]?.split('/').pop() || url;
  const body = await fetchText(url, fetcher, { signal, onProgress });
  if (!body.ok) return { ok: false, issues: [inFile(fileName, body.problem)] };
  return parseDatasetText(fileName, body.text, url, fetcher, signal);
}

/**
 * Validates dataset text that is already in hand; `baseUrl` is where relative source-text paths
 * are resolved from, and the texts are fetched from there.
 */
export async function parseDatasetText(
  fileName: string,
  text: string,
  baseUrl: string,
  fetcher: Fetcher = fetchOf,
  signal?: AbortSignal,
): Promise<Result<Dataset>> {
  return checkDatasetText(fileName, text, (sources) => fetchSourceTexts(sources, baseUrl, fetcher, signal));
}

/**
 * Validates a dataset kept in this browser with the source texts its quotes were checked against
 * when it was loaded: the very checks of a loaded file, quotes included. A source that names a
 * text the browser did not keep fails, since its quotes could not be checked.
 */
export async function restoreDatasetText(fileName: string, text: string, kept: ReadonlyMap<string, string>): Promise<Result<Dataset>> {
  return checkDatasetText(fileName, text, async (sources) => textsInHand(sources, kept));
}

type SourceTexts = { texts: Map<string, string>; issues: DataIssue[] };

/**
 * Parsing, validating, checking and indexing each run in a task of their own: together they take
 * a few hundred milliseconds on a large dataset, which would otherwise block the page in one piece.
 */
async function checkDatasetText(
  fileName: string,
  text: string,
  sourceTextsOf: (sources: readonly SourceJson[]) => Promise<SourceTexts>,
): Promise<Result<Dataset>> {
  const json = parseJsonText(fileName, text);
  if (!json.ok) return json;
  await nextTask();
  const shaped = await parseDatasetJsonInSlices(json.value, nextTask);
  if (!shaped.ok) return shaped;
  await nextTask();

  const { texts: sourceTexts, issues } = await sourceTextsOf(shaped.value.sources);
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

async function fetchSourceTexts(
  sources: readonly SourceJson[],
  baseUrl: string,
  fetcher: Fetcher,
  signal: AbortSignal | undefined,
): Promise<SourceTexts> {
  const issues: DataIssue[] = [];
  const texts = new Map<string, string>();
  await Promise.all(
    sources.map(async (source, i) => {
      if (!source.text) return;
      const textUrl = new URL(source.text, new URL(baseUrl, globalThis.location?.href ?? 'http://localhost/')).href;
      const loaded = await fetchText(textUrl, fetcher, { signal });
      if (loaded.ok) texts.set(source.id, loaded.text.normalize('NFC'));
      else
        issues.push({
          at: { path: `sources[${i}].text` },
          problem: { code: 'sourceTextFailed', file: source.text, cause: loaded.problem },
        });
    }),
  );
  return { texts, issues };
}

function textsInHand(sources: readonly SourceJson[], kept: ReadonlyMap<string, string>): SourceTexts {
  const issues: DataIssue[] = [];
  const texts = new Map<string, string>();
  sources.forEach((source, i) => {
    if (!source.text) return;
    const text = kept.get(source.id);
    if (text !== undefined) texts.set(source.id, text.normalize('NFC'));
    else issues.push({ at: { path: `sources[${i}].text` }, problem: { code: 'sourceTextNotKept', file: source.text } });
  });
  return { texts, issues };
}

type Fetched = { ok: true; text: string } | { ok: false; problem: Problem };

const utf8 = new TextDecoder();

async function fetchText(url: string, fetcher: Fetcher, { signal, onProgress }: LoadOptions): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetcher(url, { signal });
  } catch {
    return { ok: false, problem: signal?.aborted ? { code: 'cancelled' } : { code: 'unreachable' } };
  }
  if (!response.ok) return { ok: false, problem: { code: 'httpStatus', status: response.status } };
  const body = await readBody(response, { limitBytes: JSON_LIMITS.bytes, signal, onProgress });
  return body.ok ? { ok: true, text: utf8.decode(body.bytes) } : body;
}
