import type { PathOptions } from 'leaflet';
import { isForward, type EmphasisPair } from '../derive/emphasis';
import { FOCUS_COLOR, NEUTRAL_FILL, STATUS_STYLES } from './statusStyle';
import type { Status } from '../model/statuses';

/*
 * Every style object the map hands to Leaflet is made once and kept, keyed by what it depends on.
 * react-leaflet compares `pathOptions` by reference, so a fresh object on each render would restyle
 * every path on every render; the caches below return the same object for the same key.
 */

const INK = '#1a1a1a';
const SEA = '#d8e4ec';
export const MAP_COLORS = { ink: INK, sea: SEA, border: '#ffffff' } as const;

const THINNEST_LINK = 2.5;
const THICKEST_LINK = 8;

/** Line width in pixels for a number of sectors: one sector reads as a thin line, every sector as a thick one. */
export function linkWeight(sectorCount: number, maxSectors: number): number {
  // A clamped straight line from one sector to the most: the map's path needs no scale library.
  const share = Math.min(1, Math.max(0, (sectorCount - 1) / (Math.max(2, maxSectors) - 1)));
  return Math.round((THINNEST_LINK + share * (THICKEST_LINK - THINNEST_LINK)) * 2) / 2;
}

/** Dash patterns are written for 3-pixel lines; a thicker line needs longer dashes to keep its pattern. */
export function scaleDash(dash: string | undefined, weight: number): string | undefined {
  if (!dash) return undefined;
  const k = Math.max(1, weight / 3);
  return dash
    .split(/\s+/)
    .map((n) => String(Math.round(Number(n) * k * 10) / 10))
    .join(' ');
}

/**
 * How strongly the map draws a mark that the selection or the pointer brings forward: `selected`
 * before `hovered`, as map.css names them (`map-place--selected`). Whether a pick brings forward
 * the mark itself (`focus`) or something tied to it (`related`) draws the same on the map.
 */
export function mapStress({ selected, pointed }: EmphasisPair): 'selected' | 'hovered' | 'normal' {
  return isForward(selected) ? 'selected' : isForward(pointed) ? 'hovered' : 'normal';
}

const STRESS_WIDEN = { normal: 0, hovered: 1, selected: 2 } as const;
const STRESS_OPACITY = { normal: 0.95, hovered: 1, selected: 1 } as const;

/*
 * The faded look of what a pick leaves out is not here: map.css gives it to every mark at once
 * from one attribute on the map's container (`MapFade`), so a hover restyles only the marks it
 * brings forward, which carry the class below.
 */
export const FADED_ATTRIBUTE = 'data-faded';
export const PICKED_CLASS = 'map-mark--picked';

const linkCache = new Map<string, PathOptions>();
const casingCache = new Map<string, PathOptions>();

/** A link's line: colour and dash by status (so it reads in black and white), width by sectors, weight and opacity by emphasis. */
export function linkStyle(status: Status, weight: number, emphasis: EmphasisPair): PathOptions {
  const stress = mapStress(emphasis);
  const key = `${status}|${weight}|${stress}`;
  let style = linkCache.get(key);
  if (!style) {
    const w = weight + STRESS_WIDEN[stress];
    style = {
      color: STATUS_STYLES[status].color,
      weight: w,
      opacity: STRESS_OPACITY[stress],
      dashArray: scaleDash(STATUS_STYLES[status].dash, w),
      lineCap: 'round',
      lineJoin: 'round',
    };
    linkCache.set(key, style);
  }
  return style;
}

/** A pale casing under each link, so it stays legible where it crosses filled countries. */
export function linkCasingStyle(weight: number, emphasis: EmphasisPair): PathOptions {
  const stress = mapStress(emphasis);
  const key = `${weight}|${stress}`;
  let style = casingCache.get(key);
  if (!style) {
    style = {
      color: '#ffffff',
      weight: weight + STRESS_WIDEN[stress] + 3,
      opacity: 0.75,
      lineCap: 'round',
      lineJoin: 'round',
    };
    casingCache.set(key, style);
  }
  return style;
}

/** A wide invisible line over each link, so a thin or dotted link is still easy to point at or tap. */
export const LINK_HIT_STYLE: PathOptions = { color: '#000000', opacity: 0, weight: 16, lineCap: 'round' };

export type CountryRole = 'focus' | 'partner' | 'idle' | 'none';

const countryCache = new Map<string, PathOptions>();

/**
 * A country's fill: the focus in its own dark colour, a partner in a tint of its strongest status,
 * a dataset country with no partnership shown (`idle`) and any other country (`none`) neutral. With
 * the street basemap on, fills turn translucent so the streets show through.
 */
export function countryStyle(role: CountryRole, status: Status | null, emphasis: EmphasisPair, streets: boolean): PathOptions {
  const stress = mapStress(emphasis);
  const key = `${role}|${status}|${stress}|${streets}`;
  let style = countryCache.get(key);
  if (!style) {
    const strong = stress !== 'normal';
    const base: PathOptions = {
      color: strong ? INK : MAP_COLORS.border,
      weight: stress === 'selected' ? 2.5 : strong ? 1.5 : 0.6,
      opacity: streets && !strong ? 0.6 : 1,
      lineJoin: 'round',
    };
    if (role === 'focus') {
      style = { ...base, fillColor: FOCUS_COLOR, fillOpacity: streets ? 0.55 : 0.9 };
    } else if (role === 'partner' && status) {
      const fill = strong ? 0.62 : 0.45;
      style = { ...base, fillColor: STATUS_STYLES[status].color, fillOpacity: streets ? fill * 0.7 : fill };
    } else {
      style = { ...base, fillColor: NEUTRAL_FILL, fillOpacity: streets ? 0 : 1, color: streets ? '#8a8a8a' : base.color };
    }
    countryCache.set(key, style);
  }
  return style;
}
