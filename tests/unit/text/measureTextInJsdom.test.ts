// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { canvasTextMeasure, estimateTextWidth } from '../../../src/text/measureText';

describe('a canvas measure in jsdom', () => {
  it('uses the estimate without asking jsdom for a canvas it cannot draw on', () => {
    const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext');
    const measure = canvasTextMeasure(() => 'sans-serif');
    expect(measure('Nations unies', 12)).toBe(estimateTextWidth('Nations unies', 12));
    expect(getContext).not.toHaveBeenCalled();
  });
});
