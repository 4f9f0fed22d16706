import { describe, expect, it } from 'vitest';
import { capLabel, isCapped, LABEL_MAX, TITLE_MAX } from '../../../src/text/capLabel';
import { isolate } from '../../../src/text/isolate';

describe('capLabel', () => {
  it('leaves a real name whole, the longest official ones included', () => {
    const name = 'Communauté économique des États de l’Afrique de l’Ouest';
    expect(capLabel(name)).toBe(name);
    expect(isCapped(name)).toBe(false);
  });

  it('cuts a runaway name to the set length, ellipsis included', () => {
    const cut = capLabel('N'.repeat(9999));
    expect([...cut]).toHaveLength(LABEL_MAX);
    expect(cut.endsWith('N…')).toBe(true);
    expect([...capLabel('T'.repeat(3000), TITLE_MAX)]).toHaveLength(TITLE_MAX);
  });

  it('keeps a text of exactly the set length whole, and drops the space before the ellipsis', () => {
    expect(capLabel('a'.repeat(10), 10)).toBe('a'.repeat(10));
    expect(capLabel('abcd efghij', 6)).toBe('abcd…');
  });

  it('never cuts inside a character as a reader sees it: an accented letter or an emoji family stays whole', () => {
    expect(capLabel('e\u0301'.repeat(8), 4)).toBe('e\u0301'.repeat(3) + '…');
    const family = '👩‍👩‍👧';
    expect(capLabel(family.repeat(5), 3)).toBe(family.repeat(2) + '…');
  });
});

describe('isolate', () => {
  it('sets a string between the first strong isolate and its closing mark', () => {
    expect(isolate('المغرب')).toBe('\u2068المغرب\u2069');
  });
});
