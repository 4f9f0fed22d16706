import { describe, expect, it } from 'vitest';
import { foldAccents, foldAccentsInPlace, toSlug, toSpellingKey } from '../../../src/text/fold';

describe('foldAccents', () => {
  it('drops accents and case, so a search typed without them finds the name', () => {
    expect(foldAccents('Türkiye')).toBe('turkiye');
    expect(foldAccents('CÔTE D’IVOIRE')).toBe('cote d’ivoire');
    expect(foldAccents('Sécurité alimentaire')).toBe('securite alimentaire');
  });

  it('folds a letter written with a combining accent like the same letter written precomposed', () => {
    expect(foldAccents('e\u0301te\u0301')).toBe(foldAccents('été'));
  });
});

describe('foldAccentsInPlace', () => {
  it('folds like foldAccents, and makes typographic apostrophes plain', () => {
    expect(foldAccentsInPlace('Côte d’Ivoire')).toBe("cote d'ivoire");
    expect(foldAccentsInPlace('l‘ONU, lʼUA')).toBe("l'onu, l'ua");
  });

  it('keeps every offset: each character folds to exactly one', () => {
    const text = 'Le ministre a rencontré Ihsan Güneş à Bamako. 한국';
    const folded = foldAccentsInPlace(text);
    expect(folded).toHaveLength(text.length);
    const at = folded.indexOf('gunes');
    expect(text.slice(at, at + 5)).toBe('Güneş');
  });
});

describe('toSpellingKey', () => {
  it('folds spellings of one name alike, whatever their separators', () => {
    const keys = ["Côte-d'Ivoire", 'cote d ivoire', "COTE_D'IVOIRE", 'Côte d’Ivoire'].map(toSpellingKey);
    expect(new Set(keys)).toEqual(new Set(['cote d ivoire']));
    expect(toSpellingKey(' Date de début ')).toBe(toSpellingKey('date_de_debut'));
  });
});

describe('toSlug', () => {
  it('makes lower-case ASCII words joined by hyphens, with none at either end', () => {
    expect(toSlug('  Partenariats du Mali (2024) — Russie ')).toBe('partenariats-du-mali-2024-russie');
    expect(toSlug('Ça & là!')).toBe('ca-la');
    expect(toSlug('—')).toBe('');
  });
});
