import { describe, expect, it } from 'vitest';
import { fitLabel } from '../../../src/views/sectors/fitLabel';
import { MATRIX_FONT } from '../../../src/views/sectors/matrixLayout';
import { pageTextWidth } from '../../../src/text/measureText';

/** The cut found by trying every length from the longest down, one character at a time. */
function longestCutTriedOneByOne(label: string, width: number): string {
  if (pageTextWidth(label, MATRIX_FONT) <= width) return label;
  let chars = label.length - 1;
  while (chars > 1 && pageTextWidth(`${label.slice(0, chars).trimEnd()}…`, MATRIX_FONT) > width) chars--;
  return `${label.slice(0, chars).trimEnd()}…`;
}

describe('fitLabel', () => {
  it('keeps a name that fits whole', () => {
    expect(fitLabel('Mali', 200)).toBe('Mali');
  });

  it('cuts a long name to the longest start that fits, with an ellipsis', () => {
    const cut = fitLabel('Organisation des Nations unies', 100);
    expect(cut).toBe('Organisation de…');
    expect(pageTextWidth(cut, MATRIX_FONT)).toBeLessThanOrEqual(100);
    expect(pageTextWidth('Organisation des…', MATRIX_FONT)).toBeGreaterThan(100);
  });

  it('finds the same cut as trying every length, at every width, spaces included', () => {
    for (const label of ['Organisation des Nations unies', 'Mali  Burkina Faso', 'A b c d e f g h i j k l m n o p']) {
      for (let width = 0; width <= 280; width += 3)
        expect(fitLabel(label, width), `${label} at ${width}`).toBe(longestCutTriedOneByOne(label, width));
    }
  });
});
