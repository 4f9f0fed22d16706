import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset';
import { inEnglish, placeInEnglish } from '../../fixtures/issueText';
import { TINY_TEXT, tinyJson } from '../../fixtures/datasetBuilder';

type Files = Record<string, string | number>;

/** A fake server: a path maps to a body, or to an HTTP status when the file is missing. */
function fetcherFor(files: Files) {
  const requested: string[] = [];
  const fetcher = async (url: string) => {
    requested.push(url);
    const body = files[new URL(url).pathname];
    if (body === undefined) return new Response('not found', { status: 404 });
    if (typeof body === 'number') return new Response('', { status: body });
    return new Response(body, { status: 200 });
  };
  return { fetcher, requested };
}

describe('loadDataset', () => {
  it('loads, validates and indexes a dataset with its source text', async () => {
    const { fetcher, requested } = fetcherFor({
      '/app/data/tiny.json': JSON.stringify(tinyJson()),
      '/app/data/sources/s1.txt': TINY_TEXT,
    });
    const result = await loadDataset('http://example.test/app/data/tiny.json', fetcher);
    expect(requested).toEqual(['http://example.test/app/data/tiny.json', 'http://example.test/app/data/sources/s1.txt']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.focus.id).toBe('AAA');
    expect(result.value.actorById.get('BBB')?.name.en).toBe('Beland');
    expect(result.value.partnershipsByActor.get('AAA')?.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(result.value.sourceTexts.get('s1')).toBe(TINY_TEXT);
  });

  it('reports a missing dataset file with the HTTP status', async () => {
    const { fetcher } = fetcherFor({});
    const result = await loadDataset('http://example.test/data/missing.json', fetcher);
    expect(result.ok ? [] : result.issues.map(inEnglish)).toEqual([
      'missing.json: the server answered HTTP 404; check that the file exists',
    ]);
  });

  it('reports a server that cannot be reached without throwing', async () => {
    const result = await loadDataset('http://example.test/data/x.json', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(result.ok ? [] : result.issues.map(inEnglish)).toEqual(['x.json: the file could not be reached (the server did not answer)']);
  });

  it('reports a syntax error with its line and column', async () => {
    const { fetcher } = fetcherFor({ '/d.json': '{\n  "schemaVersion": 1,\n  oops\n}' });
    const result = await loadDataset('http://example.test/d.json', fetcher);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(placeInEnglish(result.issues[0]!)).toBe('d.json, line 3, column 3');
  });

  it('reports a source text that cannot be loaded', async () => {
    const { fetcher } = fetcherFor({ '/data/tiny.json': JSON.stringify(tinyJson()) });
    const result = await loadDataset('http://example.test/data/tiny.json', fetcher);
    expect(result.ok ? [] : result.issues.map(inEnglish)).toEqual([
      'sources[0].text: could not load "sources/s1.txt": the server answered HTTP 404; check that the file exists',
    ]);
  });

  it('reports every integrity problem at once, after the shape is right', async () => {
    const json = tinyJson();
    json.partnerships[0]!.sector = 'enrgy';
    json.partnerships[1]!.evidence[0]!.quote = 'Invented words.';
    const { fetcher } = fetcherFor({ '/tiny.json': JSON.stringify(json), '/sources/s1.txt': TINY_TEXT });
    const result = await loadDataset('http://example.test/tiny.json', fetcher);
    expect(result.ok ? [] : result.issues.map((i) => i.at.path)).toEqual(['partnerships[0].sector', 'partnerships[1].evidence[0].quote']);
  });
});

describe('loadDataset in the page', () => {
  it('parses, validates, checks and indexes in tasks of their own, so the page can answer in between', async () => {
    const { fetcher } = fetcherFor({
      '/app/data/tiny.json': JSON.stringify(tinyJson()),
      '/app/data/sources/s1.txt': TINY_TEXT,
    });
    let tasks = 0;
    let loading = true;
    const countTasks = () => {
      if (!loading) return;
      tasks += 1;
      setTimeout(countTasks, 0);
    };
    setTimeout(countTasks, 0);
    const result = await loadDataset('http://example.test/app/data/tiny.json', fetcher);
    loading = false;
    expect(result.ok).toBe(true);
    expect(tasks).toBeGreaterThanOrEqual(4);
  });
});
