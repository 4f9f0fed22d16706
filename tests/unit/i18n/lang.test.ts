import { describe, expect, it } from 'vitest';
import { initialLang } from '../../../src/i18n/lang';
import { fr } from '../../../src/i18n/fr';
import { en } from '../../../src/i18n/en';

const CATALOGUES = { fr, en };

describe('initialLang', () => {
  it('takes ?lang= first', () => {
    expect(initialLang('?lang=en', ['fr-FR'])).toBe('en');
  });

  it("falls back to the browser's first supported language", () => {
    expect(initialLang('?lang=de', ['de-DE', 'en-GB', 'fr'])).toBe('en');
  });

  it('falls back to French', () => {
    expect(initialLang('', ['es-ES'])).toBe('fr');
  });
});

describe('the message catalogues', () => {
  it('have the same keys in French and English', () => {
    const keys = (o: object): string[] =>
      Object.entries(o)
        .flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((s) => `${k}.${s}`) : [k]))
        .sort();
    expect(keys(CATALOGUES.en)).toEqual(keys(CATALOGUES.fr));
  });
});
