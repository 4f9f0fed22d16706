import { describe, expect, it } from 'vitest';
import { toQuoteSpans } from '../../../src/derive/toQuoteSpans';
import { quoteIndex } from '../../../src/derive/quoteIndex';
import { ARTICLE_TEXT, articleDataset } from '../../fixtures/datasetBuilder';

/** The marked text of each quote, read back from the spans. */
function marked(layout: ReturnType<typeof toQuoteSpans>, key: string): string {
  return layout.paragraphs.flatMap((p) => p.spans.filter((s) => s.keys.includes(key)).map((s) => s.text)).join('|');
}

describe('toQuoteSpans', () => {
  it('cuts the text into paragraphs whose spans put the text back together exactly', () => {
    const text = 'Titre\n\nUn premier paragraphe. Une citation ici.\nDeux.';
    const layout = toQuoteSpans(text, [{ key: 'a', quote: 'Une citation ici.' }]);
    expect(layout.paragraphs.map((p) => p.spans.map((s) => s.text).join(''))).toEqual([
      'Titre',
      'Un premier paragraphe. Une citation ici.',
      'Deux.',
    ]);
    expect(marked(layout, 'a')).toBe('Une citation ici.');
  });

  it('finds quotes whose accents are composed differently from the text', () => {
    const layout = toQuoteSpans('La coopération sécuritaire reste centrale.', [{ key: 'a', quote: 'coope\u0301ration se\u0301curitaire' }]);
    expect(marked(layout, 'a')).toBe('coopération sécuritaire');
  });

  it('finds quotes typed with typographic apostrophes and quotation marks, and marks the text as written', () => {
    const text = 'Il a parlé de "l\'importance du soutien" russe.';
    const curly = toQuoteSpans(text, [{ key: 'a', quote: '\u201Cl\u2019importance du soutien\u201D' }]);
    expect(marked(curly, 'a')).toBe('"l\'importance du soutien"');
    const guillemets = toQuoteSpans(text, [{ key: 'b', quote: '\u00ABl\u2019importance du soutien\u00BB' }]);
    expect(marked(guillemets, 'b')).toBe('"l\'importance du soutien"');
  });

  it('marks overlapping quotes in full, each run knowing every quote that covers it', () => {
    const layout = toQuoteSpans('un deux trois quatre', [
      { key: 'a', quote: 'un deux trois' },
      { key: 'b', quote: 'deux trois quatre' },
    ]);
    const spans = layout.paragraphs[0]!.spans;
    expect(spans.map((s) => [s.text, s.keys])).toEqual([
      ['un ', ['a']],
      ['deux trois', ['a', 'b']],
      [' quatre', ['b']],
    ]);
    expect(spans[0]!.opens).toEqual(['a']);
    expect(spans[1]!.opens).toEqual(['b']);
    expect(spans[1]!.closes).toEqual(['a']);
    expect(spans[2]!.closes).toEqual(['b']);
  });

  it('marks a quote that crosses a line break in both paragraphs, opened once and closed once', () => {
    const layout = toQuoteSpans('avant le Burkina\nFaso et après', [{ key: 'a', quote: 'le Burkina Faso et' }]);
    expect(marked(layout, 'a')).toBe('le Burkina|Faso et');
    const all = layout.paragraphs.flatMap((p) => p.spans);
    expect(all.filter((s) => s.opens.includes('a'))).toHaveLength(1);
    expect(all.filter((s) => s.closes.includes('a'))).toHaveLength(1);
  });

  it('marks every occurrence of a quote and reports quotes that are not in the text', () => {
    const layout = toQuoteSpans('oui non oui', [
      { key: 'a', quote: 'oui' },
      { key: 'b', quote: 'peut-être' },
    ]);
    expect(layout.located.get('a')).toEqual([
      { start: 0, end: 3 },
      { start: 8, end: 11 },
    ]);
    expect(marked(layout, 'a')).toBe('oui|oui');
    expect(layout.missing).toEqual(['b']);
  });

  it('locates every quote of the shipped dataset in the article', () => {
    const dataset = articleDataset();
    const quotes = quoteIndex(dataset).filter((q) => q.sourceId === 'article');
    const layout = toQuoteSpans(ARTICLE_TEXT.normalize('NFC'), quotes);
    expect(layout.missing).toEqual([]);
    expect(layout.located.size).toBe(quotes.length);
    expect(marked(layout, quotes.find((q) => q.quote.startsWith('Si la question'))!.key)).toBe('Si la question sécuritaire reste centrale');
  });
});
