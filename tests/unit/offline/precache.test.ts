import { describe, expect, it } from 'vitest';
import { cacheKey, cacheName, cachePrefix, entriesByPath, precachedEntry, type PrecacheManifest } from '../../../src/offline/precache';

const SCOPE = 'https://example.org/atlas/';
const manifest: PrecacheManifest = {
  version: 'v1',
  entries: [
    { url: 'index.html', revision: 'aaa' },
    { url: 'embed-map-fr.html', revision: 'bbb' },
    { url: 'assets/index-3xQ1.js', revision: null },
    { url: 'data/partnerships.json', revision: 'ccc' },
  ],
};
const entries = entriesByPath(manifest);
const get = (url: string) => ({ url, method: 'GET', mode: 'cors' as RequestMode });
const navigate = (url: string) => ({ url, method: 'GET', mode: 'navigate' as RequestMode });
const answered = (request: { url: string; method: string; mode: RequestMode }) => precachedEntry(request, SCOPE, entries)?.url ?? null;

describe('precachedEntry', () => {
  it('answers a page by its path whatever its query, and the site’s folder with index.html', () => {
    expect(answered(navigate('https://example.org/atlas/'))).toBe('index.html');
    expect(answered(navigate('https://example.org/atlas/?lang=en&select=RUS'))).toBe('index.html');
    expect(answered(navigate('https://example.org/atlas/?data=https://other.site/mine.json'))).toBe('index.html');
    expect(answered(navigate('https://example.org/atlas/embed-map-fr.html?data=x#top'))).toBe('embed-map-fr.html');
  });

  it('answers the build’s own files, and only at their exact address', () => {
    expect(answered(get('https://example.org/atlas/assets/index-3xQ1.js'))).toBe('assets/index-3xQ1.js');
    expect(answered(get('https://example.org/atlas/data/partnerships.json'))).toBe('data/partnerships.json');
    expect(answered(get('https://example.org/atlas/data/partnerships.json?copy=1'))).toBeNull();
  });

  it('leaves everything else to the browser: other sites, other folders, files it does not list, other methods', () => {
    expect(answered(get('https://other.site/atlas/data/partnerships.json'))).toBeNull();
    expect(answered(get('https://tile.openstreetmap.org/3/4/2.png'))).toBeNull();
    expect(answered(get('https://example.org/other/assets/index-3xQ1.js'))).toBeNull();
    expect(answered(get('https://example.org/atlas/data/mine.json'))).toBeNull();
    expect(answered(navigate('https://example.org/atlas/data/mine.csv'))).toBeNull();
    expect(answered(navigate('https://example.org/atlas/preview/dashboard-fr.png'))).toBeNull();
    expect(answered({ url: 'https://example.org/atlas/index.html', method: 'POST', mode: 'navigate' })).toBeNull();
  });
});

describe('where files are kept', () => {
  it('keys a file by its address, with its revision when its name does not carry its content’s hash', () => {
    expect(cacheKey({ url: 'assets/index-3xQ1.js', revision: null }, SCOPE)).toBe('https://example.org/atlas/assets/index-3xQ1.js');
    expect(cacheKey({ url: 'index.html', revision: 'aaa' }, SCOPE)).toBe('https://example.org/atlas/index.html?__revision=aaa');
  });

  it('names each version’s cache after the site’s address, so two copies of the site on one host keep apart', () => {
    expect(cacheName(SCOPE, 'v1')).toBe('partnership-atlas https://example.org/atlas/ v1');
    expect(cacheName(SCOPE, 'v1').startsWith(cachePrefix(SCOPE))).toBe(true);
    expect(cacheName('https://example.org/atlas-2/', 'v1').startsWith(cachePrefix(SCOPE))).toBe(false);
  });
});
