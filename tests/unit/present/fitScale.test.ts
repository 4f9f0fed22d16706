import { describe, expect, it } from 'vitest';
import { SMALLEST_FIT, toFitScale } from '../../../src/features/present/useFitToBox';

describe('the scale that fits a step view into its card', () => {
  it('leaves a view that fits as it is', () => {
    expect(toFitScale(1, 600, 627)).toBe(1);
    expect(toFitScale(1, 628, 627)).toBe(1);
  });

  it('shrinks a view that is too tall to the height of its card', () => {
    expect(toFitScale(1, 690, 627)).toBeCloseTo(627 / 690);
  });

  it('shrinks a view measured while already scaled from the scale it has, not from 1', () => {
    // Drawn at 0.9, the view still takes 660 px of a 627 px card.
    expect(toFitScale(0.9, 660, 627)).toBeCloseTo((0.9 * 627) / 660);
  });

  it('never shrinks text below the smallest readable scale: such a view scrolls instead', () => {
    expect(toFitScale(1, 2000, 627)).toBe(SMALLEST_FIT);
  });

  it('never enlarges a view, and ignores a view not laid out yet', () => {
    expect(toFitScale(0.8, 400, 627)).toBe(0.8);
    expect(toFitScale(1, 0, 627)).toBe(1);
  });
});
