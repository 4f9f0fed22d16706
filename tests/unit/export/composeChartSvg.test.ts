// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { composeChartSvg } from '../../../src/export/composeChartSvg';
import { toExportTexts } from '../../../src/export/exportTexts';
import { toChartLegend } from '../../../src/export/chartLegends';
import { fr } from '../../../src/i18n/fr';
import { en } from '../../../src/i18n/en';
import { articleDataset } from '../../fixtures/datasetBuilder';
import { isolate } from '../../../src/text/isolate';
import { EMPTY_FILTERS } from '../../../src/model/filters';

const dataset = articleDataset();
const drawing = { width: 640, height: 400, markup: '<circle cx="10" cy="10" r="5" fill="#000"/>' };

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');

describe('composeChartSvg', () => {
  it('frames the drawing with its title, what it shows, a legend, the source line and the credit', () => {
    const legend = toChartLegend('network', dataset, dataset.partnerships, 'en', en);
    const { svg, width, height } = composeChartSvg(drawing, toExportTexts('network', dataset, EMPTY_FILTERS, 11, 'en', en), legend, {
      background: 'white',
      lang: 'en',
    });
    const doc = parse(svg);
    expect(doc.documentElement.getAttribute('width')).toBe(String(width));
    expect(doc.documentElement.getAttribute('height')).toBe(String(height));
    expect(texts(doc)).toEqual(
      expect.arrayContaining([
        "Mali's partnerships",
        'Network of the actors and their ties',
        'All 11 partnerships of the dataset',
        'Chart: Partnership Atlas',
      ]),
    );
    // Each string from the dataset is isolated in the line that holds it, so no direction leaks.
    expect(texts(doc).join(' ')).toMatch(/^.*Source: \u2068Mali : Coopération renforcée avec la Russie/);
    expect(texts(doc)).toEqual(expect.arrayContaining(['active', 'country', 'shared event']));
    expect(doc.querySelector('svg > rect')?.getAttribute('fill')).toBe('#ffffff');
    expect(doc.querySelector('svg svg circle')).not.toBeNull();
  });

  it('writes the system font on every text, since page CSS does not travel with the file', () => {
    const { svg } = composeChartSvg(
      drawing,
      toExportTexts('map', dataset, EMPTY_FILTERS, 11, 'fr', fr),
      toChartLegend('map', dataset, dataset.partnerships, 'fr', fr),
      { background: 'transparent', lang: 'fr' },
    );
    const doc = parse(svg);
    expect([...doc.querySelectorAll('text')].every((t) => /system-ui.*sans-serif/.test(t.getAttribute('font-family') ?? ''))).toBe(true);
    expect(doc.querySelector('svg > rect[width="100%"]')).toBeNull();
    expect(texts(doc).join(' ')).toContain('Natural Earth');
  });

  it('escapes dataset text, so a title cannot break or inject markup', () => {
    const hostile = { ...toExportTexts('sectors', dataset, EMPTY_FILTERS, 11, 'en', en), title: '<script>alert("x")</script> & co' };
    const doc = parse(composeChartSvg(drawing, hostile, [], { background: 'white', lang: 'en' }).svg);
    expect(doc.querySelector('script')).toBeNull();
    expect(texts(doc)).toContain('<script>alert("x")</script> & co');
  });

  it('wraps a long title into lines that fit the width, and grows the picture to hold them', () => {
    const base = toExportTexts('sectors', dataset, EMPTY_FILTERS, 11, 'en', en);
    const short = composeChartSvg(drawing, base, [], { background: 'white', lang: 'en' });
    const long = composeChartSvg(drawing, { ...base, title: 'word '.repeat(80).trim() }, [], { background: 'white', lang: 'en' });
    const doc = parse(long.svg);
    const titleLines = texts(doc).filter((t) => t.startsWith('word'));
    expect(titleLines.length).toBeGreaterThan(2);
    expect(long.height).toBeGreaterThan(short.height);
  });

  it('names only the filters that narrowed the chart, in words', () => {
    const filters = { ...EMPTY_FILTERS, sectors: ['security'], statuses: ['active' as const] };
    expect(toExportTexts('map', dataset, filters, 1, 'en', en).scope).toBe(`1 of 11 partnerships; filters: ${isolate('Security')}; active`);
  });
});

describe('composeChartSvg lets the chart lead', () => {
  const legend = toChartLegend('map', dataset, dataset.partnerships, 'fr', fr);
  const texts = toExportTexts('map', dataset, EMPTY_FILTERS, 11, 'fr', fr, { kind: 'actor', id: 'RUS' });
  const chartBox = (svg: string) => {
    const chart = parse(svg).querySelector('svg > svg');
    return {
      width: Number(chart?.getAttribute('width')),
      height: Number(chart?.getAttribute('height')),
      viewBox: chart?.getAttribute('viewBox'),
    };
  };

  it('puts a landscape chart’s key beside it and enlarges the chart, so the picture stays landscape', () => {
    const out = composeChartSvg({ width: 640, height: 400, markup: '' }, texts, legend, { background: 'white', lang: 'fr' });
    const chart = chartBox(out.svg);
    expect(out.width).toBeGreaterThan(out.height);
    expect(chart.height / out.height).toBeGreaterThan(0.6);
    const legendGroup = parse(out.svg).querySelector('g.export-legend')?.parentElement;
    expect(legendGroup?.getAttribute('transform')).toMatch(new RegExp(`^translate\\(${24 + chart.width + 24},`));
  });

  it('crops a tall map to a landscape band around its subject', () => {
    const out = composeChartSvg(
      { width: 500, height: 700, markup: '', subject: { x: 50, y: 300, width: 300, height: 120 } },
      texts,
      legend,
      { background: 'white', lang: 'fr' },
    );
    const [, y, w, h] = (chartBox(out.svg).viewBox ?? '').split(' ').map(Number);
    expect(w! / h!).toBeCloseTo(1.5, 1);
    expect(y).toBeLessThanOrEqual(276);
    expect(y! + h!).toBeGreaterThanOrEqual(444);
  });

  it('names the selection in the subtitle and describes the picture with the alt text it is given', () => {
    expect(texts.subtitle).toBe(`Carte des partenaires · Sélection\u00a0: ${isolate('Russie')}`);
    const doc = parse(composeChartSvg(drawing, { ...texts, description: 'Une carte.' }, legend, { background: 'white', lang: 'fr' }).svg);
    expect(doc.querySelector('svg > desc')?.textContent).toBe('Une carte.');
    expect(doc.querySelectorAll('[aria-label]')).toHaveLength(0);
  });
});
