import { describe, expect, it } from 'vitest';
import { excerpt, languageName, pickLabel, safeHttpUrl } from '../../../src/views/sources/readerLabels';
import { formatDate } from '../../../src/i18n/format';
import { fr } from '../../../src/i18n/fr';
import { en } from '../../../src/i18n/en';
import { articleDataset } from '../../fixtures/datasetBuilder';

const dataset = articleDataset();

describe('readerLabels', () => {
  it('keeps only http and https links', () => {
    expect(safeHttpUrl('https://press.un.org/en/2023/sc15341.doc.htm')).toBe('https://press.un.org/en/2023/sc15341.doc.htm');
    expect(safeHttpUrl('http://example.org/')).toBe('http://example.org/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
  });

  it('names what is picked in plain words, in either language', () => {
    expect(pickLabel(dataset, { kind: 'partnership', id: 'mli-rus-energy' }, 'fr', fr)).toBe('Russie, énergie');
    expect(pickLabel(dataset, { kind: 'partnership', id: 'mli-rus-energy' }, 'en', en)).toBe('Russia, energy');
    expect(pickLabel(dataset, { kind: 'relation', id: 'MLI|RUS' }, 'fr', fr)).toBe('Mali – Russie');
    expect(pickLabel(dataset, { kind: 'event', id: 'moscow-visit' }, 'en', en)).toBe('Diop and Camara visit Moscow');
    expect(pickLabel(dataset, { kind: 'actor', id: 'UN' }, 'fr', fr)).toBe('Nations unies');
  });

  it('shortens a quote to its first words, without its opening quotation mark', () => {
    expect(excerpt('"La coopération avec la Russie a été redynamisée et renforcée"')).toBe('La coopération avec la Russie a…');
    expect(excerpt('Si la question')).toBe('Si la question');
  });

  it('writes dates in the reader’s language whatever the time zone', () => {
    expect(formatDate('2024-02-28', 'fr')).toBe('28 février 2024');
    expect(formatDate('2024-02-28', 'en')).toBe('February 28, 2024');
  });

  it('names a source’s language as Intl does, the dashboard’s own two without asking it', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const code of ['fr', 'en', 'ar', 'ru'])
        expect(languageName(code, lang)).toBe(new Intl.DisplayNames([lang], { type: 'language' }).of(code));
    }
    expect(languageName('not a language tag', 'fr')).toBe('not a language tag');
  });
});
