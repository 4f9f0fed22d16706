import { describe, expect, it } from 'vitest';
import { toBaseUrl, toDashboardUrl, toEmbedUrl } from '../../../src/embed/embedUrl';
import { EMPTY_FILTERS } from '../../../src/model/filters';

const base = toBaseUrl('https://news.example/atlas/index.html?view=map&q=x#top');

describe('embed links', () => {
  it('builds on the dashboard address without its query or hash', () => {
    expect(base).toBe('https://news.example/atlas/index.html');
  });

  it('always writes the language, so an embed stays in the language of its article', () => {
    expect(toEmbedUrl(base, 'network', { lang: 'fr', filters: EMPTY_FILTERS, selection: null })).toBe(`${base}?embed=network&lang=fr`);
  });

  it('carries the filters and the selection in the keys the dashboard reads', () => {
    const state = {
      lang: 'en' as const,
      filters: { ...EMPTY_FILTERS, sectors: ['energy', 'security'], statuses: ['active' as const] },
      selection: { kind: 'actor' as const, id: 'RUS' },
    };
    expect(toEmbedUrl(base, 'sectors', state)).toBe(`${base}?embed=sectors&lang=en&sector=energy,security&status=active&select=RUS`);
    expect(toDashboardUrl(base, 'sectors', state)).toBe(`${base}?lang=en&view=sectors&sector=energy,security&status=active&select=RUS`);
  });

  it('links the timeline back to the whole dashboard, which has no timeline view to bring forward', () => {
    expect(toDashboardUrl(base, 'timeline', { lang: 'fr', filters: EMPTY_FILTERS, selection: null })).toBe(`${base}?lang=fr`);
  });

  it('carries the link a dataset came from, and into an embed the word that lets it show that link', () => {
    const state = {
      lang: 'fr' as const,
      filters: EMPTY_FILTERS,
      selection: null,
      dataLink: { address: 'https://other.site/a b.json', host: 'other.site' },
    };
    expect(toEmbedUrl(base, 'map', state)).toBe(`${base}?embed=map&lang=fr&data=https%3A%2F%2Fother.site%2Fa%20b.json&datahost=other.site`);
    expect(toDashboardUrl(base, 'map', state)).toBe(`${base}?lang=fr&view=map&data=https%3A%2F%2Fother.site%2Fa%20b.json`);
  });
});
