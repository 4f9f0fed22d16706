import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { browserBootSources, type BootStep } from '../../../src/boot/initialDataset';

const articleJson = readFileSync('public/data/partnerships.json', 'utf8');
const articleText = readFileSync('public/data/sources/article.fr.txt', 'utf8');

/** A server with the shipped data folder at http://site.test/app/data/. */
function serve() {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const path = new URL(String(input)).pathname;
    if (path === '/app/data/partnerships.json') return new Response(articleJson, { status: 200 });
    if (path === '/app/data/sources/article.fr.txt') return new Response(articleText, { status: 200 });
    if (path === '/shared/mine.json') return new Response(articleJson, { status: 200 });
    if (path === '/shared/sources/article.fr.txt') return new Response(articleText, { status: 200 });
    return new Response('', { status: 404 });
  });
}

/** A start-up step with nothing to stop it and no time limit. */
const step: BootStep = { watch: (fetcher) => fetcher };

const requested = (spy: ReturnType<typeof serve>) => spy.mock.calls.map(([input]) => new URL(String(input)).pathname);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the boot sources of the browser', () => {
  it('request the shipped dataset at once when asked to, and load it from that one request', async () => {
    const fetch = serve();
    const sources = browserBootSources('http://site.test/app/', { prefetchShipped: true });
    expect(requested(fetch)).toEqual(['/app/data/partnerships.json']);
    const result = await sources.shipped(step);
    expect(result.ok && result.value.focus.id).toBe('MLI');
    expect(requested(fetch).filter((p) => p.endsWith('partnerships.json'))).toHaveLength(1);
  });

  it('request nothing before they are asked when a ?data= link names another dataset', async () => {
    const fetch = serve();
    const sources = browserBootSources('http://site.test/app/');
    expect(fetch).not.toHaveBeenCalled();
    const result = await sources.shipped(step);
    expect(result.ok).toBe(true);
  });

  it('request a ?data= link at once when asked to, and load it from that one request', async () => {
    const fetch = serve();
    const sources = browserBootSources('http://site.test/app/', { prefetchLink: '../shared/mine.json' });
    expect(requested(fetch)).toEqual(['/shared/mine.json']);
    const result = await sources.link('../shared/mine.json', step);
    expect(result.ok && result.value.focus.id).toBe('MLI');
    expect(requested(fetch).filter((p) => p.endsWith('mine.json'))).toHaveLength(1);
  });

  it('request no ?data= link early that the loader would refuse to fetch', () => {
    const fetch = serve();
    browserBootSources('http://site.test/app/', { prefetchLink: 'ftp://elsewhere.test/data.json' });
    browserBootSources('http://site.test/app/', { prefetchLink: 'javascript:alert(1)' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('report a failed early request as the loader would, once it is asked for', async () => {
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    const sources = browserBootSources('http://site.test/app/', { prefetchShipped: true });
    const result = await sources.shipped(step);
    expect(result.ok ? [] : result.issues).toEqual([{ at: { file: 'partnerships.json' }, problem: { code: 'unreachable' } }]);
  });
});
