// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { toDashboardPreview, toEmbedPreview, toLinkPreviewTags } from '../../../src/embed/linkPreview';
import { fr } from '../../../src/i18n/fr';
import { en } from '../../../src/i18n/en';
import { articleDataset } from '../../fixtures/datasetBuilder';

const dataset = articleDataset();

function metas(tags: string): Record<string, string> {
  const doc = new DOMParser().parseFromString(`<head>${tags}</head>`, 'text/html');
  const out: Record<string, string> = {};
  for (const m of doc.querySelectorAll('meta'))
    out[m.getAttribute('property') ?? m.getAttribute('name') ?? ''] = m.getAttribute('content') ?? '';
  const canonical = doc.querySelector('link[rel="canonical"]');
  if (canonical) out.canonical = canonical.getAttribute('href') ?? '';
  return out;
}

describe('link previews', () => {
  it('give each embedded view its own title, description and picture, in its language', () => {
    const page = toEmbedPreview(dataset, 'sectors', 'en', en);
    expect(page).toMatchObject({
      page: 'embed-sectors-en.html',
      image: 'preview/embed-sectors-en.png',
      title: "Partners and partnerships by sector: Mali's partnerships",
    });
    expect(page.description).toBe(
      'Partners and partnerships by sector — all 11 partnerships of the dataset. Each claim is tied to the sentence of its source.',
    );
    expect(page.imageAlt).toMatch(/^Mali's partnerships\. Partnerships by sector/);
  });

  it('write absolute addresses from the site’s address, as Open Graph asks', () => {
    const tags = metas(toLinkPreviewTags(toEmbedPreview(dataset, 'map', 'fr', fr), 'https://news.example/atlas/', 'Atlas'));
    expect(tags['og:url']).toBe('https://news.example/atlas/embed-map-fr.html');
    expect(tags.canonical).toBe('https://news.example/atlas/embed-map-fr.html');
    expect(tags['og:image']).toBe('https://news.example/atlas/preview/embed-map-fr.png');
    expect(tags['twitter:image']).toBe(tags['og:image']);
    expect(tags).toMatchObject({
      'twitter:card': 'summary_large_image',
      'og:locale': 'fr_FR',
      'og:locale:alternate': 'en_GB',
      'og:image:width': '1200',
      'og:image:height': '630',
    });
    expect(metas(toLinkPreviewTags(toDashboardPreview(dataset, 'fr', fr), 'https://news.example/atlas/', 'Atlas'))['og:url']).toBe(
      'https://news.example/atlas/',
    );
  });

  it('without the site’s address, leave the page’s own out and give the picture relative to the page', () => {
    const tags = metas(toLinkPreviewTags(toEmbedPreview(dataset, 'map', 'fr', fr), null, 'Atlas'));
    expect(tags['og:url']).toBeUndefined();
    expect(tags.canonical).toBeUndefined();
    expect(tags['og:image']).toBe('preview/embed-map-fr.png');
  });

  it('escape dataset words, so a title cannot break the head', () => {
    const hostile = { ...toDashboardPreview(dataset, 'en', en), title: '"><script>alert(1)</script>' };
    const doc = new DOMParser().parseFromString(`<head>${toLinkPreviewTags(hostile, null, 'Atlas')}</head>`, 'text/html');
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe('"><script>alert(1)</script>');
  });
});
