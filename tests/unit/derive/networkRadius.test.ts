import { scaleSqrt } from 'd3';
import { describe, expect, it } from 'vitest';
import { MAX_RADIUS, MIN_RADIUS, toNetworkRadius } from '../../../src/derive/networkMetrics';

describe('toNetworkRadius', () => {
  it("gives every radius d3's clamped square-root scale gave, an empty dataset and counts past the most included", () => {
    for (const most of [0, 1, 4, 25, 180]) {
      const scale = scaleSqrt()
        .domain([0, Math.max(1, most)])
        .range([MIN_RADIUS, MAX_RADIUS])
        .clamp(true);
      for (const count of [0, 1, 2, 3, 5, 10, 24, 25, 26, 100, 179, 180, 400])
        expect(toNetworkRadius(count, most), `${count} of ${most}`).toBe(Math.round(scale(count) * 10) / 10);
    }
  });

  it('grows with the area, not the width: four times the partnerships, twice the radius above the smallest', () => {
    expect(toNetworkRadius(0, 100)).toBe(MIN_RADIUS);
    expect(toNetworkRadius(100, 100)).toBe(MAX_RADIUS);
    expect(toNetworkRadius(25, 100) - MIN_RADIUS).toBeCloseTo((MAX_RADIUS - MIN_RADIUS) / 2, 5);
  });
});
