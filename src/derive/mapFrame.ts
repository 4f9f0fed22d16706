import type { GeoExtent, LatLng } from './geoTypes';

export interface FrameSize {
  width: number;
  height: number;
}

export interface FrameRequest {
  size: FrameSize;
  /** The focus's place (its capital) and the box of its main shape; either may be missing. */
  focus: { latLng: LatLng | null; extent: GeoExtent | null };
  /** The other places to show, most important first: the first ones are kept when not all fit. */
  places: readonly { id: string; latLng: LatLng }[];
  /** False to show every place whatever the focus's size ("Show all partners"). */
  capped: boolean;
}

export interface MapFrame {
  center: LatLng;
  zoom: number;
  /** The places the cap leaves outside the frame, in the order given. */
  outside: string[];
}

/**
 * The rules of the frame, in pixels and zoom levels.
 *
 * - `focusShare` and `focusMinPx`: the frame zooms out no further than the zoom at which the
 *   focus's shape is a tenth of the map's width, and at least 32 pixels wide. A tenth makes Mali
 *   70 to 90 pixels wide in a 700 to 900-pixel map, about twice what a fit to every partner gave,
 *   while still holding Mali with China and Türkiye (the story's fifth step) at every width from
 *   320 pixels: Beijing lies 129 degrees of longitude east of Mali's western border. Below 320
 *   pixels a tenth would be a speck, hence the floor.
 * - `capZoom`: a small country (Singapore, Rwanda) would need a city-scale zoom to be a tenth of the
 *   map; the cap never asks for more than zoom 4, about 60 degrees of longitude in a 700-pixel map.
 * - `focusMargin`: the focus's shape stays 8% of the map's width and height from its edges.
 * - `pad`: every other place stays this far inside the frame, so its point and label are drawn.
 * - `outsideRoom`: when some places are left outside, the frame zooms in no closer than half again
 *   the cap, however close the places kept would allow: a focus with one far partner that does
 *   not fit (Russia above Mali in a short, wide printed map) would otherwise fill the map.
 */
export const FRAME_RULES = {
  focusShare: 1 / 10,
  focusMinPx: 32,
  capZoom: 4,
  focusMargin: 0.08,
  pad: { top: 24, right: 24, bottom: 24, left: 24 },
  outsideRoom: 1.5,
  minZoom: 1,
  maxZoom: 5,
} as const;

const TILE = 256;
const MAX_LAT = 85.0511287798;
/** Most of the inhabited world, for a map with nothing to frame. */
const WORLD: GeoExtent = { south: -40, west: -100, north: 65, east: 120 };

/** Web Mercator as Leaflet draws it, as a share of the world's width (0 to 1 from -180 to 180). */
function toX(lon: number): number {
  return (lon + 180) / 360;
}
function toY(lat: number): number {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI);
}
function toLon(x: number): number {
  return x * 360 - 180;
}
function toLat(y: number): number {
  return ((2 * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - Math.PI / 2) * 180) / Math.PI;
}
const scaleOf = (zoom: number) => TILE * 2 ** zoom;
const zoomOf = (scale: number) => Math.log2(scale / TILE);

/** What one axis must hold: the focus's span, kept `margin` pixels from the edges, and points, kept `padLo`/`padHi` pixels in. */
interface Axis {
  length: number;
  margin: number;
  padLo: number;
  padHi: number;
  focus: [number, number] | null;
  points: [number, number] | null;
}

/**
 * The largest scale (pixels per world width) at which an axis holds its focus span and points,
 * each within its own margin: every pair of a far edge and a near edge must fit in what the two
 * margins leave of the length.
 */
function axisScale({ length, margin, padLo, padHi, focus, points }: Axis): number {
  const fits = (hi: number, lo: number, room: number) => (hi > lo ? Math.max(room, 1) / (hi - lo) : Infinity);
  let scale = Infinity;
  if (focus) scale = Math.min(scale, fits(focus[1], focus[0], length - 2 * margin));
  if (points) scale = Math.min(scale, fits(points[1], points[0], length - padLo - padHi));
  if (focus && points) {
    scale = Math.min(scale, fits(focus[1], points[0], length - margin - padLo), fits(points[1], focus[0], length - padHi - margin));
  }
  return scale;
}

/** The middle of the offsets (the share of the world at the frame's near edge) that keep everything inside its margins. */
function axisOffset({ length, margin, padLo, padHi, focus, points }: Axis, scale: number): number {
  let lo = -Infinity;
  let hi = Infinity;
  if (focus) {
    lo = Math.max(lo, focus[1] - (length - margin) / scale);
    hi = Math.min(hi, focus[0] - margin / scale);
  }
  if (points) {
    lo = Math.max(lo, points[1] - (length - padHi) / scale);
    hi = Math.min(hi, points[0] - padLo / scale);
  }
  return (lo + hi) / 2;
}

const widen = (span: [number, number] | null, v: number): [number, number] =>
  span ? [Math.min(span[0], v), Math.max(span[1], v)] : [v, v];

/**
 * Where the map looks and how close: the focus's shape and as many of the other places as the
 * rules allow (`FRAME_RULES`), most important first. When every place fits at a zoom that keeps
 * the focus large enough, the frame fits them all; otherwise it keeps the focus at the smallest
 * allowed size and takes the places in order, each one that still fits with those already taken,
 * and names the others in `outside` (the map shows them at its edge). The same request always
 * gives the same frame, whatever the map showed before, so a state opened from a link and the
 * same state reached by clicks look the same.
 */
export function computeMapFrame({ size, focus, places, capped }: FrameRequest): MapFrame {
  const { width, height } = size;
  const rules = FRAME_RULES;
  const extent = focus.extent ?? (focus.latLng || places.length > 0 ? null : WORLD);
  const fx: [number, number] | null = extent ? [toX(extent.west), toX(extent.east)] : null;
  const fy: [number, number] | null = extent ? [toY(extent.north), toY(extent.south)] : null;
  const axes = (px: [number, number] | null, py: [number, number] | null): [Axis, Axis] => [
    {
      length: width,
      margin: Math.max(rules.focusMargin * width, rules.pad.left),
      padLo: rules.pad.left,
      padHi: rules.pad.right,
      focus: fx,
      points: px,
    },
    {
      length: height,
      margin: Math.max(rules.focusMargin * height, rules.pad.top),
      padLo: rules.pad.top,
      padHi: rules.pad.bottom,
      focus: fy,
      points: py,
    },
  ];
  const fit = (px: [number, number] | null, py: [number, number] | null) => {
    const [x, y] = axes(px, py);
    return Math.min(axisScale(x), axisScale(y));
  };

  let px: [number, number] | null = focus.latLng ? [toX(focus.latLng[1]), toX(focus.latLng[1])] : null;
  let py: [number, number] | null = focus.latLng ? [toY(focus.latLng[0]), toY(focus.latLng[0])] : null;
  const allX = places.reduce<[number, number] | null>((span, p) => widen(span, toX(p.latLng[1])), px);
  const allY = places.reduce<[number, number] | null>((span, p) => widen(span, toY(p.latLng[0])), py);
  const top = scaleOf(rules.maxZoom);

  let floor = 0;
  if (capped && fx && fy && fx[1] > fx[0]) {
    const shapeWidth = fx[1] - fx[0];
    const large = Math.max(rules.focusShare * width, rules.focusMinPx) / shapeWidth;
    floor = Math.min(large, scaleOf(rules.capZoom), fit(null, null));
  }

  const outside: string[] = [];
  let scale = fit(allX, allY);
  if (scale >= floor) {
    px = allX;
    py = allY;
  } else {
    for (const place of places) {
      const nx = widen(px, toX(place.latLng[1]));
      const ny = widen(py, toY(place.latLng[0]));
      if (fit(nx, ny) >= floor) {
        px = nx;
        py = ny;
      } else {
        outside.push(place.id);
      }
    }
    // The places kept may fit far closer (the focus alone fits at any zoom), but the places left
    // out are better served by a wide view, where their links run towards them.
    scale = outside.length > 0 ? Math.min(fit(px, py), floor * rules.outsideRoom) : fit(px, py);
  }
  // One place alone, or places on one spot, fit at any zoom: a continent's scale is kept around them.
  if (!extent && px && px[0] === px[1] && py![0] === py![1]) scale = Math.min(scale, scaleOf(4));
  scale = Math.max(scaleOf(rules.minZoom), Math.min(scale, top));

  const [ax, ay] = axes(px, py);
  const x = axisOffset(ax, scale) + width / (2 * scale);
  const y = axisOffset(ay, scale) + height / (2 * scale);
  return { center: [toLat(y), toLon(x)], zoom: zoomOf(scale), outside };
}

/** The on-screen width, in pixels, of a span of longitude at a zoom. */
export function lonSpanPixels(west: number, east: number, zoom: number): number {
  return (toX(east) - toX(west)) * scaleOf(zoom);
}
