import { describe, expect, it } from 'vitest';
import { placeMapTip, type TipPlacement } from '../../../src/derive/mapTipPlacement';

const SIZE = { width: 470, height: 464 };

/** The tooltip's largest possible box, from its placement. */
function tipBox(tip: TipPlacement) {
  const x0 = tip.left ?? SIZE.width - tip.right! - tip.maxWidth;
  const y0 = tip.top ?? SIZE.height - tip.bottom! - tip.maxHeight;
  const x1 = tip.left !== undefined ? tip.left + tip.maxWidth : SIZE.width - tip.right!;
  const y1 = tip.top !== undefined ? tip.top + tip.maxHeight : SIZE.height - tip.bottom!;
  return { x0, y0, x1, y1 };
}
const overlaps = (a: ReturnType<typeof tipBox>, b: ReturnType<typeof tipBox>) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('placeMapTip', () => {
  it('puts the tooltip of a place low in the map above its label, not over it', () => {
    const label = { x0: 120, y0: 370, x1: 190, y1: 400 };
    const tip = placeMapTip(label, SIZE);
    expect(tip.bottom).toBe(SIZE.height - 370 + 8);
    expect(tip.top).toBeUndefined();
    expect(overlaps(tipBox(tip), label)).toBe(false);
  });

  it('never covers the label and point it describes, wherever they are in the map', () => {
    for (let x = 0; x <= 400; x += 40) {
      for (let y = 0; y <= 430; y += 30) {
        const anchor = { x0: x, y0: y, x1: x + 70, y1: y + 31 };
        expect(overlaps(tipBox(placeMapTip(anchor, SIZE)), anchor), `${x},${y}`).toBe(false);
      }
    }
  });

  it('keeps the tooltip inside the map, on the side with room', () => {
    const tip = placeMapTip({ x0: 400, y0: 40, x1: 460, y1: 70 }, SIZE);
    expect(tip.right).toBeDefined();
    const box = tipBox(tip);
    expect(box.x0).toBeGreaterThanOrEqual(0);
    expect(box.x1).toBeLessThanOrEqual(SIZE.width);
  });

  it('follows the pointer a little below and to the right of it', () => {
    const tip = placeMapTip({ x0: 100, y0: 100, x1: 100, y1: 100 }, SIZE);
    expect(tip.left).toBe(112);
    expect(tip.top).toBe(112);
  });
});
