import { describe, expect, it } from 'vitest';
import { isInvisible, toPaint } from '../../../src/export/cssColor';

describe('toPaint', () => {
  it('turns computed rgb and rgba colours into hex with a separate opacity', () => {
    expect(toPaint('rgb(26, 26, 26)')).toEqual({ color: '#1a1a1a', alpha: 1 });
    expect(toPaint('rgba(10, 92, 153, 0.5)')).toEqual({ color: '#0a5c99', alpha: 0.5 });
    expect(toPaint('rgb(10 92 153 / 25%)')).toEqual({ color: '#0a5c99', alpha: 0.25 });
  });

  it('reads fully transparent paint as no paint, so hit areas are dropped', () => {
    expect(isInvisible(toPaint('rgba(0, 0, 0, 0)'))).toBe(true);
    expect(isInvisible(toPaint('none'))).toBe(true);
    expect(isInvisible(toPaint('#fff'))).toBe(false);
  });
});
