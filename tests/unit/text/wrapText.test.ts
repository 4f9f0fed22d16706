import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../../src/text/measureText';
import { wrapText } from '../../../src/text/wrapText';

describe('wrapText', () => {
  it('breaks at spaces and keeps words whole while they fit a line', () => {
    const lines = wrapText('Les partenariats du Mali avec la Russie', 120, 12, estimateTextWidth);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Les partenariats du Mali avec la Russie');
  });

  it('cuts a word wider than the whole line into pieces that fit, so nothing runs off the picture', () => {
    const lines = wrapText(`Source : ${'P'.repeat(400)}`, 300, 12, estimateTextWidth);
    expect(lines.every((line) => estimateTextWidth(line, 12) <= 300)).toBe(true);
    expect(lines.join('').replace('Source :', '')).toBe('P'.repeat(400));
  });
});
