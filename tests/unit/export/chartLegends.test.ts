// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { toChartLegend } from '../../../src/export/chartLegends';
import { legendSvg } from '../../../src/export/legendSvg';
import { estimateTextWidth } from '../../../src/text/measureText';
import { wrapText } from '../../../src/text/wrapText';
import { en } from '../../../src/i18n/en';
import { articleDataset } from '../../fixtures/datasetBuilder';

const dataset = articleDataset();

describe('toChartLegend', () => {
  it('lists only the statuses the exported partnerships have', () => {
    const active = dataset.partnerships.filter((p) => p.status === 'active');
    const [statuses] = toChartLegend('sectors', dataset, active, 'en', en);
    expect(statuses?.items.map((i) => i.label)).toEqual(['active']);
  });

  it('keys the map as the view does: links, widths, country fills and points', () => {
    expect(toChartLegend('map', dataset, dataset.partnerships, 'en', en).map((g) => g.title)).toEqual([
      en.map.legendLinks,
      en.map.legendWidth,
      en.map.legendFills,
      en.map.legendPlaces,
    ]);
  });
});

describe('legendSvg', () => {
  it('wraps items onto a new row instead of running past the width', () => {
    const groups = toChartLegend('network', dataset, dataset.partnerships, 'en', en);
    const wide = legendSvg(groups, 2000, estimateTextWidth);
    const narrow = legendSvg(groups, 240, estimateTextWidth);
    expect(narrow.height).toBeGreaterThan(wide.height);
    const doc = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${narrow.markup}</svg>`, 'image/svg+xml');
    const xs = [...doc.querySelectorAll('text')].map((t) => Number(t.getAttribute('x')));
    expect(Math.max(...xs)).toBeLessThan(240);
  });
});

describe('wrapText', () => {
  it('breaks at ordinary spaces only, keeping a French non-breaking space with its colon', () => {
    const lines = wrapText('Source\u00a0: un titre assez long pour tenir sur deux lignes', 120, 12, estimateTextWidth);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]?.startsWith('Source\u00a0:')).toBe(true);
    expect(lines.join(' ')).toBe('Source\u00a0: un titre assez long pour tenir sur deux lignes');
  });
});
