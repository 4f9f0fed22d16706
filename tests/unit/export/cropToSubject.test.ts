import { describe, expect, it } from 'vitest';
import { cropToSubject } from '../../../src/export/cropToSubject';

describe('cropToSubject', () => {
  it('keeps a drawing that is already landscape whole', () => {
    expect(cropToSubject(900, 500, { x: 10, y: 10, width: 100, height: 100 })).toEqual({ x: 0, y: 0, width: 900, height: 500 });
  });

  it('cuts a tall drawing to a landscape band of its full width, centred on its subject', () => {
    const band = cropToSubject(600, 800, { x: 100, y: 380, width: 300, height: 100 });
    expect(band.width).toBe(600);
    expect(band.height).toBe(400);
    expect(band.y).toBe(230);
  });

  it('grows the band to hold the whole subject with its margin, and never leaves the drawing', () => {
    const tall = cropToSubject(600, 800, { x: 0, y: 100, width: 600, height: 500 });
    expect(tall.y).toBeLessThanOrEqual(76);
    expect(tall.y + tall.height).toBeGreaterThanOrEqual(624);
    const low = cropToSubject(600, 800, { x: 0, y: 700, width: 100, height: 90 });
    expect(low.y + low.height).toBe(800);
  });

  it('keeps everything when it does not know the subject', () => {
    expect(cropToSubject(400, 700, null)).toEqual({ x: 0, y: 0, width: 400, height: 700 });
  });
});
