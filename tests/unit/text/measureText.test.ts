import { describe, expect, it } from 'vitest';
import { canvasTextMeasure, estimateTextWidth, pageTextWidth, SANS_WIDTHS, WIDEST_SANS_WIDTHS } from '../../../src/text/measureText';
import { isolate } from '../../../src/text/isolate';

describe('estimateTextWidth', () => {
  it('tells narrow, ordinary, capital and wide letters apart, and grows with the size', () => {
    expect(estimateTextWidth('illi', 12)).toBeLessThan(estimateTextWidth('oooo', 12));
    expect(estimateTextWidth('oooo', 12)).toBeLessThan(estimateTextWidth('OOOO', 12));
    expect(estimateTextWidth('aaaa', 12)).toBeLessThan(estimateTextWidth('AAAA', 12));
    expect(estimateTextWidth('AAAA', 12)).toBeLessThan(estimateTextWidth('MMMM', 12));
    expect(estimateTextWidth('Mali', 24)).toBeCloseTo(estimateTextWidth('Mali', 12) * 2, 9);
  });

  it('sets bold (600 and up) wider than regular, and the same at 600 and 700', () => {
    expect(estimateTextWidth('Mali', 13, 600)).toBeGreaterThan(estimateTextWidth('Mali', 13));
    expect(estimateTextWidth('Mali', 13, 700)).toBe(estimateTextWidth('Mali', 13, 600));
  });

  it('gives the isolates around a dataset string no width', () => {
    expect(estimateTextWidth(isolate('Mali'), 12)).toBe(estimateTextWidth('Mali', 12));
  });

  it('sets the widest common sans font wider than the typical one, so a layout sized by it leaves room', () => {
    for (const name of ['Mali', 'Burkina Faso', 'Organisation des Nations unies', 'Sergueï Lavrov']) {
      expect(estimateTextWidth(name, 13, 400, WIDEST_SANS_WIDTHS)).toBeGreaterThan(estimateTextWidth(name, 13, 400, SANS_WIDTHS));
    }
  });

  it('gives a text the width its characters add up to, the same on every machine', () => {
    expect(estimateTextWidth('Türkiye', 13, 700, WIDEST_SANS_WIDTHS)).toBe(estimateTextWidth('Türkiye', 13, 700, WIDEST_SANS_WIDTHS));
    // M is a wide letter, a an ordinary one, l and i narrow.
    expect(estimateTextWidth('Mali', 10)).toBeCloseTo((0.85 + 0.53 + 0.3 + 0.3) * 10, 9);
  });
});

describe('a canvas measure where there is no canvas', () => {
  it('falls back to the estimate, in Node as the build draws the link previews', () => {
    const measure = canvasTextMeasure(() => 'sans-serif');
    expect(measure('Burkina Faso', 13, 600)).toBe(estimateTextWidth('Burkina Faso', 13, 600));
  });

  it('gives the page’s labels whole pixels', () => {
    expect(pageTextWidth('Burkina Faso', 13)).toBe(Math.ceil(estimateTextWidth('Burkina Faso', 13)));
    expect(Number.isInteger(pageTextWidth('Mali', 13, 600))).toBe(true);
  });
});
