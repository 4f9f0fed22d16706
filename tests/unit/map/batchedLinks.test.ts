// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { point } from 'leaflet';
import type { MapLink } from '../../../src/derive/toMapScene';
import { linkNearest, toLinkBatches } from '../../../src/views/map/BatchedLinks';

const link = (id: string, status: MapLink['status'], sectorCount: number, latLngs: [number, number][]): MapLink => ({
  id,
  from: id.split('|')[0]!,
  to: id.split('|')[1]!,
  status,
  sectorCount,
  partnershipIds: [id],
  latLngs,
  withFocus: false,
});

const arc = Array.from({ length: 49 }, (_, i) => [10 + i / 4, 20 + i / 2] as [number, number]);

describe('toLinkBatches', () => {
  it('groups the links by status and width, one group each', () => {
    const batches = toLinkBatches(
      [link('A|B', 'active', 1, arc), link('C|D', 'active', 1, arc), link('E|F', 'ended', 1, arc), link('G|H', 'active', 6, arc)],
      6,
    );
    expect([...batches.values()].map((b) => [b.status, b.latLngs.length])).toEqual([
      ['active', 2],
      ['ended', 1],
      ['active', 1],
    ]);
  });

  it('keeps a third of an arc’s points, both ends included', () => {
    const [batch] = toLinkBatches([link('A|B', 'active', 1, arc)], 6).values();
    const line = batch!.latLngs[0]!;
    expect(line).toHaveLength(17);
    expect(line[0]).toEqual(arc[0]);
    expect(line[16]).toEqual(arc[48]);
  });
});

describe('linkNearest', () => {
  const links = [link('A|B', 'active', 1, arc), link('C|D', 'active', 1, arc)];
  const rings = [
    [point(0, 0), point(100, 0)],
    [point(0, 10), point(100, 10)],
  ];

  it('names the link whose line passes nearest the pointer', () => {
    expect(linkNearest(rings, links, point(50, 2))).toBe('A|B');
    expect(linkNearest(rings, links, point(50, 9))).toBe('C|D');
  });

  it('names the one drawn last where two are as near', () => {
    expect(linkNearest(rings, links, point(50, 5))).toBe('C|D');
  });

  it('names none when there is no line', () => {
    expect(linkNearest([], [], point(0, 0))).toBeNull();
  });
});
