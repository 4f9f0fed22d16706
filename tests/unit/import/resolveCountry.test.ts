import { describe, expect, it } from 'vitest';
import { resolveCountry } from '../../../src/import/resolveCountry';

const code = (value: string) => resolveCountry(value)?.alpha3 ?? null;

describe('resolveCountry', () => {
  it('reads ISO alpha-2 codes in either case', () => {
    expect([code('ML'), code('ne'), code('TR')]).toEqual(['MLI', 'NER', 'TUR']);
  });

  it('reads ISO alpha-3 codes', () => {
    expect([code('MLI'), code('rus'), code('BFA')]).toEqual(['MLI', 'RUS', 'BFA']);
  });

  it('reads ISO numeric codes with or without leading zeros', () => {
    expect([code('466'), code('4'), code('004'), code('792')]).toEqual(['MLI', 'AFG', 'AFG', 'TUR']);
  });

  it('reads English names and aliases', () => {
    expect([code('Russia'), code('Russian Federation'), code('Ivory Coast'), code('Turkey'), code('Türkiye')]).toEqual([
      'RUS',
      'RUS',
      'CIV',
      'TUR',
      'TUR',
    ]);
  });

  it('reads French names whatever the accents, case and hyphens', () => {
    expect([code('Russie'), code('Côte-d’Ivoire'), code("cote d'ivoire"), code('ÉTATS-UNIS'), code('Chine'), code('Turquie')]).toEqual([
      'RUS',
      'CIV',
      'CIV',
      'USA',
      'CHN',
      'TUR',
    ]);
  });

  it('gives the French and English names from the library', () => {
    expect(resolveCountry('NER')?.name).toEqual({ fr: 'Niger', en: 'Niger' });
    expect(resolveCountry('CIV')?.name.fr).toBe("Côte-d'Ivoire");
  });

  it('answers null for a name or code it does not know', () => {
    expect([code('Wakanda'), code('XX'), code('999'), code('ZZZ'), code('__proto__'), code('constructor')]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
