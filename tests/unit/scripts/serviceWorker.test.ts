import { describe, expect, it } from 'vitest';
import { keptOffline, toPrecacheManifest } from '../../../scripts/serviceWorker';

const BUILD = [
  { path: 'index.html', contents: '<html>dashboard</html>' },
  { path: 'embed-map-fr.html', contents: '<html>map</html>' },
  { path: 'assets/index-3xQ1.js', contents: 'code' },
  { path: 'assets/index-3xQ1.js.map', contents: '{}' },
  { path: 'assets/MapView-Ab12.css', contents: '.map{}' },
  { path: 'assets/countries-110m-Zz9.js', contents: 'geometry' },
  { path: 'data/partnerships.json', contents: '{}' },
  { path: 'data/sources/article.fr.txt', contents: 'Bamako' },
  { path: 'preview/embed-map-fr.png', contents: new Uint8Array([1]) },
  { path: 'embed.js', contents: 'host' },
  { path: 'robots.txt', contents: '' },
  { path: 'sw.js', contents: 'worker' },
];

describe('the service worker’s list', () => {
  it('keeps the pages, everything under assets/ and the shipped data; not maps, link-preview pictures, embed.js, robots.txt or itself', () => {
    expect(BUILD.filter((f) => keptOffline(f.path)).map((f) => f.path)).toEqual([
      'index.html',
      'embed-map-fr.html',
      'assets/index-3xQ1.js',
      'assets/MapView-Ab12.css',
      'assets/countries-110m-Zz9.js',
      'data/partnerships.json',
      'data/sources/article.fr.txt',
    ]);
  });

  it('gives a revision to the files whose name does not change with their content, sorted by path', () => {
    const { entries } = toPrecacheManifest(BUILD);
    expect(entries.map((e) => e.url)).toEqual([...entries.map((e) => e.url)].sort());
    expect(entries.find((e) => e.url === 'assets/index-3xQ1.js')?.revision).toBeNull();
    expect(entries.find((e) => e.url === 'index.html')?.revision).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes its version when any kept file changes, and only then', () => {
    const { version } = toPrecacheManifest(BUILD);
    expect(toPrecacheManifest([...BUILD].reverse()).version).toBe(version);
    const changedPage = BUILD.map((f) => (f.path === 'index.html' ? { ...f, contents: '<html>new</html>' } : f));
    expect(toPrecacheManifest(changedPage).version).not.toBe(version);
    const renamedCode = BUILD.map((f) => (f.path === 'assets/index-3xQ1.js' ? { ...f, path: 'assets/index-9kP2.js' } : f));
    expect(toPrecacheManifest(renamedCode).version).not.toBe(version);
    const changedPicture = BUILD.map((f) => (f.path === 'preview/embed-map-fr.png' ? { ...f, contents: new Uint8Array([2]) } : f));
    expect(toPrecacheManifest(changedPicture).version).toBe(version);
  });
});
