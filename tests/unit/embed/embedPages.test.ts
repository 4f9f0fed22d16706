import { describe, expect, it } from 'vitest';
import { embedPageName, readEmbedPage, toSiteBaseUrl, withEmbedPage } from '../../../src/embed/embedPages';
import { toEmbedPageUrl } from '../../../src/embed/embedUrl';
import { toDatawrapperChartId, toDatawrapperHeightMessage } from '../../../src/embed/embedProtocol';
import { toSnippetHeight } from '../../../src/embed/embedSnippets';
import { readAppConfig } from '../../../src/config/appConfig';
import { EMPTY_FILTERS } from '../../../src/model/filters';

const head = (content: string | null) => ({
  querySelector: () => (content === null ? null : ({ getAttribute: () => content } as unknown as Element)),
});

describe('embed pages', () => {
  it('name one page per view and language, beside the dashboard, carrying the state in their query', () => {
    expect(embedPageName('map', 'fr')).toBe('embed-map-fr.html');
    const state = {
      lang: 'en' as const,
      filters: { ...EMPTY_FILTERS, statuses: ['active' as const] },
      selection: { kind: 'actor' as const, id: 'RUS' },
    };
    expect(toEmbedPageUrl('https://news.example/atlas/index.html', 'network', state)).toBe(
      'https://news.example/atlas/embed-network-en.html?lang=en&status=active&select=RUS',
    );
  });

  it('are read from their head, and win over the query', () => {
    expect(readEmbedPage(head('table en'))).toEqual({ view: 'table', lang: 'en' });
    expect(readEmbedPage(head('nothing fr'))).toBeNull();
    expect(readEmbedPage(head(null))).toBeNull();
    expect(withEmbedPage(readAppConfig('?embed=map'), { view: 'sectors' }).embed).toBe('sectors');
    expect(withEmbedPage(readAppConfig('?embed=map'), null).embed).toBe('map');
  });

  it('link back to the dashboard in their own folder', () => {
    expect(toSiteBaseUrl('https://news.example/atlas/embed-map-fr.html?lang=fr#x')).toBe('https://news.example/atlas/');
    expect(toSiteBaseUrl('https://news.example/atlas/?embed=map')).toBe('https://news.example/atlas/');
    expect(toSiteBaseUrl('https://news.example/atlas/index.html?embed=map')).toBe('https://news.example/atlas/index.html');
  });
});

describe('the Datawrapper height message', () => {
  it('has Datawrapper’s shape, whole pixels rounded up', () => {
    expect(toDatawrapperHeightMessage(812.2, 'embed-map-fr')).toEqual({ 'datawrapper-height': { 'embed-map-fr': 813 } });
  });

  it('names the chart by a piece of the embed’s own address, which older listeners look for in the iframe’s src', () => {
    expect(toDatawrapperChartId('/atlas/embed-map-fr.html', 'map')).toBe('embed-map-fr');
    expect(toDatawrapperChartId('/atlas/', 'network')).toBe('embed=network');
  });
});

describe('toSnippetHeight', () => {
  it('adds room for a reader’s fonts and rounds up to tens', () => {
    expect(toSnippetHeight(700)).toBe(720);
    expect(toSnippetHeight(1233)).toBe(1250);
  });
});
