// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHTS, toEmbedSnippets } from '../../../src/embed/embedSnippets';
import { isAskHeight, toHeightMessage } from '../../../src/embed/embedProtocol';

const url = 'https://news.example/atlas/?embed=map&lang=fr&sector=energy,security';

describe('toEmbedSnippets', () => {
  it('gives a lazy, titled, full-width iframe whose address keeps its state', () => {
    const { responsive } = toEmbedSnippets(url, 'https://news.example/atlas/embed.js', 'Carte : Les partenariats du Mali', 'map');
    const frame = new DOMParser().parseFromString(responsive, 'text/html').querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe(url);
    expect(frame?.getAttribute('title')).toBe('Carte : Les partenariats du Mali');
    expect(frame?.getAttribute('loading')).toBe('lazy');
    expect(frame?.getAttribute('style')).toContain('width:100%');
    expect(frame?.getAttribute('style')).toContain(`height:${EMBED_HEIGHTS.map}px`);
  });

  it('marks the iframe for the resizing script and loads that script', () => {
    const { script } = toEmbedSnippets(url, 'https://news.example/atlas/embed.js', 'Carte', 'map');
    const doc = new DOMParser().parseFromString(script, 'text/html');
    expect(doc.querySelector('iframe')?.hasAttribute('data-partnership-atlas')).toBe(true);
    expect(doc.querySelector('script')?.getAttribute('src')).toBe('https://news.example/atlas/embed.js');
  });

  it('escapes a title that holds quotes or markup', () => {
    const { responsive } = toEmbedSnippets(url, 'x.js', '"><script>alert(1)</script>', 'map');
    const doc = new DOMParser().parseFromString(responsive, 'text/html');
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('iframe')?.getAttribute('title')).toBe('"><script>alert(1)</script>');
  });
});

describe('the height protocol', () => {
  it('reports whole pixels, rounded up so the frame never clips its last line', () => {
    expect(toHeightMessage(812.2, 'network')).toEqual({ type: 'partnership-atlas:height', height: 813, view: 'network' });
  });

  it('recognises a host asking for the height, and nothing else', () => {
    expect(isAskHeight({ type: 'partnership-atlas:ask-height' })).toBe(true);
    expect(isAskHeight('partnership-atlas:ask-height')).toBe(false);
    expect(isAskHeight(null)).toBe(false);
  });
});
