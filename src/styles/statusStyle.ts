import type { Status } from '../model/statuses';

/**
 * One visual language for statuses, shared by every view so a reader learns it once. Colour is
 * never the only code: each status also has its own dash pattern (lines) and glyph (cells and
 * legends), so it reads in black and white and for colour-blind readers. Colours come from the
 * Okabe-Ito palette, darkened until each has at least 3:1 contrast on white (WCAG 1.4.11).
 */
export interface StatusStyle {
  color: string;
  /** SVG `stroke-dasharray`; undefined is solid. */
  dash: string | undefined;
  /** A glyph for cells and legends, readable without colour. */
  glyph: string;
}

export const STATUS_STYLES: Readonly<Record<Status, StatusStyle>> = {
  active: { color: '#0a5c99', dash: undefined, glyph: '●' },
  emerging: { color: '#00785a', dash: '10 5', glyph: '◐' },
  exploring: { color: '#b35c00', dash: '5 5', glyph: '◌' },
  potential: { color: '#8e3b8e', dash: '1 6', glyph: '?' },
  ended: { color: '#6b6b6b', dash: undefined, glyph: '×' },
};

export const FOCUS_COLOR = '#1d3557';
export const NEUTRAL_FILL = '#e8e6e1';
