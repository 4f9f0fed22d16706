import { describe, expect, it } from 'vitest';
import { findQuote, findQuoteAll } from '../../../src/data/findQuote';

describe('findQuote', () => {
  it('finds an exact quote and returns its range in the original text', () => {
    const text = 'Un. Deux trois. Quatre.';
    const range = findQuote(text, 'Deux trois.');
    expect(range).toEqual({ start: 4, end: 15 });
    expect(text.slice(range!.start, range!.end)).toBe('Deux trois.');
  });

  it('matches accented letters whether composed or decomposed', () => {
    const text = 'La coopération sécuritaire.';
    expect(findQuote(text, 'coope\u0301ration se\u0301curitaire')).not.toBeNull();
  });

  it('treats typographic apostrophes and quotation marks as their plain forms', () => {
    const text = 'l\'importance du "soutien" russe';
    expect(findQuote(text, 'l\u2019importance du \u201Csoutien\u201D russe')).not.toBeNull();
    expect(findQuote(text, 'l\u2019importance du \u00ABsoutien\u00BB russe')).not.toBeNull();
  });

  it('ignores differences in spacing and line breaks', () => {
    const text = 'le Burkina\u00a0Faso\net le   Niger';
    const range = findQuote(text, 'le Burkina Faso et le Niger');
    expect(range).toEqual({ start: 0, end: text.length });
  });

  it('still tells apart a quote whose words were changed', () => {
    expect(findQuote('a été redynamisée et renforcée', 'a été renforcée')).toBeNull();
    expect(findQuote('Coopération', 'Cooperation')).toBeNull();
  });

  it('finds every occurrence', () => {
    expect(findQuoteAll('ab ab ab', 'ab')).toHaveLength(3);
    expect(findQuoteAll('anything', '   ')).toEqual([]);
  });
});
