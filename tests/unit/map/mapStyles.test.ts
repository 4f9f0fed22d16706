import { describe, expect, it } from 'vitest';
import { countryStyle, linkCasingStyle, linkStyle, linkWeight, scaleDash } from '../../../src/styles/mapStyles';
import { FOCUS_COLOR, NEUTRAL_FILL, STATUS_STYLES } from '../../../src/styles/statusStyle';

describe('linkStyle', () => {
  it('reads in black and white: solid for active, dashed for emerging and exploring, dotted for potential, grey for ended', () => {
    expect(linkStyle('active', 3, 'normal').dashArray).toBeUndefined();
    expect(linkStyle('emerging', 3, 'normal').dashArray).toBe('10 5');
    expect(linkStyle('exploring', 3, 'normal').dashArray).toBe('5 5');
    expect(linkStyle('potential', 3, 'normal').dashArray).toBe('1 6');
    expect(linkStyle('ended', 3, 'normal')).toMatchObject({ color: STATUS_STYLES.ended.color, dashArray: undefined });
  });

  it('returns the very same object for the same status, width and emphasis, so react-leaflet does not restyle', () => {
    expect(linkStyle('active', 4, 'normal')).toBe(linkStyle('active', 4, 'normal'));
    expect(linkCasingStyle(4, 'hovered')).toBe(linkCasingStyle(4, 'hovered'));
    expect(linkStyle('active', 4, 'normal')).not.toBe(linkStyle('active', 4, 'selected'));
  });

  it('widens and darkens the picked links; fading the others is left to the map stylesheet', () => {
    expect(linkStyle('active', 4, 'selected').weight).toBeGreaterThan(linkStyle('active', 4, 'normal').weight!);
    expect(linkStyle('active', 4, 'hovered').opacity).toBeGreaterThan(linkStyle('active', 4, 'normal').opacity!);
  });
});

describe('linkWeight and scaleDash', () => {
  it('grows with the number of sectors, from thin to thick', () => {
    expect(linkWeight(1, 5)).toBe(2.5);
    expect(linkWeight(5, 5)).toBe(8);
    expect(linkWeight(3, 5)).toBeGreaterThan(2.5);
    expect(linkWeight(3, 5)).toBeLessThan(8);
  });

  it('keeps a dash pattern readable on a thick line by lengthening it', () => {
    expect(scaleDash('1 6', 3)).toBe('1 6');
    expect(scaleDash('1 6', 9)).toBe('3 18');
    expect(scaleDash(undefined, 9)).toBeUndefined();
  });
});

describe('countryStyle', () => {
  it('fills the focus in its colour, a partner in a tint of its status, the rest neutral', () => {
    expect(countryStyle('focus', null, 'normal', false).fillColor).toBe(FOCUS_COLOR);
    expect(countryStyle('partner', 'active', 'normal', false)).toMatchObject({ fillColor: STATUS_STYLES.active.color, fillOpacity: 0.45 });
    expect(countryStyle('none', null, 'normal', false)).toMatchObject({ fillColor: NEUTRAL_FILL, fillOpacity: 1 });
  });

  it('lets the streets show through when the street basemap is on', () => {
    expect(countryStyle('none', null, 'normal', true).fillOpacity).toBe(0);
    expect(countryStyle('partner', 'active', 'normal', true).fillOpacity).toBeLessThan(0.45);
  });
});
