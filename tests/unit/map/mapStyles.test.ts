import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import { countryStyle, linkCasingStyle, linkStyle, linkWeight, scaleDash } from '../../../src/styles/mapStyles';
import { FOCUS_COLOR, NEUTRAL_FILL, STATUS_STYLES } from '../../../src/styles/statusStyle';
import type { EmphasisPair } from '../../../src/derive/emphasis';

// The map draws a mark by the pick that brings it forward: the selection before the pointer.
const NORMAL: EmphasisPair = { selected: 'normal', pointed: 'normal' };
const HOVERED: EmphasisPair = { selected: 'normal', pointed: 'related' };
const SELECTED: EmphasisPair = { selected: 'related', pointed: 'normal' };

describe('linkStyle', () => {
  it('reads in black and white: solid for active, dashed for emerging and exploring, dotted for potential, grey for ended', () => {
    expect(linkStyle('active', 3, NORMAL).dashArray).toBeUndefined();
    expect(linkStyle('emerging', 3, NORMAL).dashArray).toBe('10 5');
    expect(linkStyle('exploring', 3, NORMAL).dashArray).toBe('5 5');
    expect(linkStyle('potential', 3, NORMAL).dashArray).toBe('1 6');
    expect(linkStyle('ended', 3, NORMAL)).toMatchObject({ color: STATUS_STYLES.ended.color, dashArray: undefined });
  });

  it('returns the very same object for the same status, width and emphasis, so react-leaflet does not restyle', () => {
    expect(linkStyle('active', 4, NORMAL)).toBe(linkStyle('active', 4, NORMAL));
    expect(linkCasingStyle(4, HOVERED)).toBe(linkCasingStyle(4, HOVERED));
    expect(linkStyle('active', 4, NORMAL)).not.toBe(linkStyle('active', 4, SELECTED));
  });

  it('widens and darkens the picked links; fading the others is left to the map stylesheet', () => {
    expect(linkStyle('active', 4, SELECTED).weight).toBeGreaterThan(linkStyle('active', 4, NORMAL).weight!);
    expect(linkStyle('active', 4, HOVERED).opacity).toBeGreaterThan(linkStyle('active', 4, NORMAL).opacity!);
  });
});

describe('linkWeight and scaleDash', () => {
  it('grows with the number of sectors, from thin to thick', () => {
    expect(linkWeight(1, 5)).toBe(2.5);
    expect(linkWeight(5, 5)).toBe(8);
    expect(linkWeight(3, 5)).toBeGreaterThan(2.5);
    expect(linkWeight(3, 5)).toBeLessThan(8);
  });

  it("draws every width d3's clamped linear scale drew, beyond the range's ends included", () => {
    for (const top of [1, 2, 3, 7, 12]) {
      const scale = scaleLinear()
        .domain([1, Math.max(2, top)])
        .range([2.5, 8])
        .clamp(true);
      for (let sectors = -1; sectors <= top + 2; sectors += 1)
        expect(linkWeight(sectors, top), `${sectors} of ${top}`).toBe(Math.round(scale(sectors) * 2) / 2);
    }
  });

  it('keeps a dash pattern readable on a thick line by lengthening it', () => {
    expect(scaleDash('1 6', 3)).toBe('1 6');
    expect(scaleDash('1 6', 9)).toBe('3 18');
    expect(scaleDash(undefined, 9)).toBeUndefined();
  });
});

describe('countryStyle', () => {
  it('fills the focus in its colour, a partner in a tint of its status, the rest neutral', () => {
    expect(countryStyle('focus', null, NORMAL, false).fillColor).toBe(FOCUS_COLOR);
    expect(countryStyle('partner', 'active', NORMAL, false)).toMatchObject({ fillColor: STATUS_STYLES.active.color, fillOpacity: 0.45 });
    expect(countryStyle('none', null, NORMAL, false)).toMatchObject({ fillColor: NEUTRAL_FILL, fillOpacity: 1 });
  });

  it('lets the streets show through when the street basemap is on', () => {
    expect(countryStyle('none', null, NORMAL, true).fillOpacity).toBe(0);
    expect(countryStyle('partner', 'active', NORMAL, true).fillOpacity).toBeLessThan(0.45);
  });
});
