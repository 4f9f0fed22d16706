import { describe, expect, it } from 'vitest';
import { MAX_PIXELS, MAX_SIDE, pngScale, svgFits } from '../../../src/export/pictureSize';

describe('the size of an exported picture', () => {
  it('draws an ordinary chart at twice its size, for print', () => {
    expect(pngScale(1000, 700)).toBe(2);
  });

  it('draws a large chart smaller than twice, as large as a browser can', () => {
    const scale = pngScale(3000, 3000)!;
    expect(scale).toBeGreaterThan(1);
    expect(scale).toBeLessThan(2);
    expect(3000 * scale * 3000 * scale).toBeLessThanOrEqual(MAX_PIXELS + 1);
    expect(pngScale(9000, 500)! * 9000).toBeLessThanOrEqual(MAX_SIDE);
  });

  it('refuses a picture that even at its own size passes a limit, in PNG and in SVG alike', () => {
    expect(pngScale(77_182, 800)).toBeNull();
    expect(pngScale(5000, 5000)).toBeNull();
    expect(svgFits(77_182, 800)).toBe(false);
    expect(svgFits(1200, 900)).toBe(true);
  });
});
