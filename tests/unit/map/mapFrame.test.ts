import { describe, expect, it } from 'vitest';
import { computeMapFrame, lonSpanPixels, type FrameRequest, type MapFrame } from '../../../src/derive/mapFrame';
import { BAMAKO, countryShape } from '../../fixtures/worldShapes';
import type { LatLng } from '../../../src/derive/geoTypes';

const MALI = countryShape('MLI', BAMAKO);
const PARTNERS: { id: string; latLng: LatLng }[] = [
  { id: 'RUS', latLng: [55.752, 37.616] },
  { id: 'BFA', latLng: [12.37, -1.525] },
  { id: 'NER', latLng: [13.517, 2.117] },
  { id: 'CHN', latLng: [39.929, 116.388] },
  { id: 'TUR', latLng: [39.927, 32.864] },
  { id: 'FRA', latLng: [48.867, 2.333] },
  { id: 'UN', latLng: [40.749, -73.968] },
];
const only = (...ids: string[]) => PARTNERS.filter((p) => ids.includes(p.id));

function request(width: number, height: number, places = PARTNERS, capped = true): FrameRequest {
  return { size: { width, height }, focus: { latLng: BAMAKO, extent: MALI.extent }, places, capped };
}

/** Where a point lands in the frame, in pixels from its top-left corner (Web Mercator, as Leaflet draws it). */
function pixel(frame: MapFrame, size: { width: number; height: number }, [lat, lon]: LatLng): [number, number] {
  const scale = 256 * 2 ** frame.zoom;
  const x = (l: number) => ((l + 180) / 360) * scale;
  const y = (a: number) => (0.5 - Math.log(Math.tan(Math.PI / 4 + (a * Math.PI) / 360)) / (2 * Math.PI)) * scale;
  return [x(lon) - x(frame.center[1]) + size.width / 2, y(lat) - y(frame.center[0]) + size.height / 2];
}

const maliWidth = (frame: MapFrame) => lonSpanPixels(MALI.extent.west, MALI.extent.east, frame.zoom);

describe('computeMapFrame', () => {
  it('keeps Mali at least a tenth of a 700-pixel map wide, leaving out the partner that would not fit with the stronger ones (the UN in New York)', () => {
    const frame = computeMapFrame(request(700, 464));
    expect(frame.outside).toEqual(['UN']);
    expect(maliWidth(frame)).toBeGreaterThanOrEqual(70 - 1e-6);
    for (const p of PARTNERS.filter((p) => p.id !== 'UN')) {
      const [x, y] = pixel(frame, { width: 700, height: 464 }, p.latLng);
      expect(x, p.id).toBeGreaterThanOrEqual(24 - 1e-6);
      expect(x, p.id).toBeLessThanOrEqual(700 - 24 + 1e-6);
      expect(y, p.id).toBeGreaterThanOrEqual(24 - 1e-6);
      expect(y, p.id).toBeLessThanOrEqual(464 - 24 + 1e-6);
    }
  });

  it('zooms in no closer than half again the cap when a partner does not fit (Russia in a short, wide printed map)', () => {
    const frame = computeMapFrame(request(778, 310, only('RUS')));
    expect(frame.outside).toEqual(['RUS']);
    expect(maliWidth(frame)).toBeCloseTo(77.8 * 1.5, 1);
  });

  it('holds Mali with China and Türkiye at every width from 320 to 900 pixels, Mali a tenth of the width and 8% from every edge', () => {
    for (const [width, height] of [
      [320, 288],
      [343, 439],
      [471, 464],
      [558, 445],
      [700, 464],
      [900, 520],
    ] as const) {
      const size = { width, height };
      const frame = computeMapFrame(request(width, height, only('CHN', 'TUR')));
      expect(frame.outside, `${width} px`).toEqual([]);
      expect(maliWidth(frame), `${width} px`).toBeGreaterThanOrEqual(Math.max(width / 10, 32) - 1e-6);
      const [x0, y0] = pixel(frame, size, [MALI.extent.north, MALI.extent.west]);
      const [x1, y1] = pixel(frame, size, [MALI.extent.south, MALI.extent.east]);
      expect(x0).toBeGreaterThanOrEqual(0.08 * width - 1e-6);
      expect(x1).toBeLessThanOrEqual(0.92 * width + 1e-6);
      expect(y0).toBeGreaterThanOrEqual(Math.max(0.08 * height, 24) - 1e-6);
      expect(y1).toBeLessThanOrEqual(height - Math.max(0.08 * height, 24) + 1e-6);
    }
  });

  it('closes in on Mali and its neighbours no closer than zoom 5', () => {
    const frame = computeMapFrame(request(700, 464, only('BFA', 'NER')));
    expect(frame.zoom).toBe(5);
    expect(frame.outside).toEqual([]);
  });

  it('shows every partner, however small Mali gets, when it is not capped ("Show all partners")', () => {
    const size = { width: 471, height: 464 };
    const frame = computeMapFrame(request(size.width, size.height, PARTNERS, false));
    expect(frame.outside).toEqual([]);
    for (const p of PARTNERS) {
      const [x, y] = pixel(frame, size, p.latLng);
      expect(x, p.id).toBeGreaterThanOrEqual(24 - 1e-6);
      expect(x, p.id).toBeLessThanOrEqual(size.width - 24 + 1e-6);
      expect(y, p.id).toBeGreaterThan(0);
      expect(y, p.id).toBeLessThan(size.height);
    }
    expect(maliWidth(frame)).toBeLessThan(471 / 10);
  });

  it('gives the same frame for the same places whatever order they came in, when they all fit', () => {
    const a = computeMapFrame(request(700, 464, only('RUS', 'BFA', 'TUR')));
    const b = computeMapFrame(request(700, 464, only('TUR', 'RUS', 'BFA').reverse()));
    expect(b).toEqual(a);
  });

  it('frames a place alone at a continental scale, and most of the world when there is nothing to frame', () => {
    const alone = computeMapFrame({ size: { width: 600, height: 400 }, focus: { latLng: BAMAKO, extent: null }, places: [], capped: true });
    expect(alone.center[0]).toBeCloseTo(BAMAKO[0], 6);
    expect(alone.center[1]).toBeCloseTo(BAMAKO[1], 6);
    expect(alone.zoom).toBe(4);
    const none = computeMapFrame({ size: { width: 600, height: 400 }, focus: { latLng: null, extent: null }, places: [], capped: true });
    expect(none.zoom).toBeGreaterThanOrEqual(1);
    expect(none.zoom).toBeLessThan(2);
  });
});
