import { describe, expect, it } from 'vitest';
import { maxLinkSectors, toMapScene } from '../../../src/derive/toMapScene';
import { toMapUnplaced } from '../../../src/derive/toMapUnplaced';
import { filterPartnerships } from '../../../src/derive/filterPartnerships';
import { indexDataset } from '../../../src/data/indexDataset';
import { articleDataset, shippedDataset, tinyV2 } from '../../fixtures/datasetBuilder';
import { datasetOn } from '../../../src/derive/datasetOn';
import { EMPTY_FILTERS } from '../../../src/model/filters';

const dataset = articleDataset();

describe('toMapScene', () => {
  it('draws one link from Mali to each partner, strongest first', () => {
    const scene = toMapScene(dataset, dataset.partnerships);
    expect(scene.links.map((l) => `${l.from}>${l.to}:${l.status}:${l.sectorCount}`)).toEqual([
      'MLI>RUS:active:5',
      'MLI>BFA:emerging:1',
      'MLI>NER:emerging:1',
      'MLI>CHN:potential:1',
      'MLI>TUR:potential:1',
      'MLI>FRA:ended:1',
      'MLI>UN:ended:1',
    ]);
    expect(scene.links[0]!.id).toBe('MLI|RUS');
  });

  it('scales link widths on the link with the most sectors in the whole dataset, whatever the filters', () => {
    expect(maxLinkSectors(dataset)).toBe(Math.max(...toMapScene(dataset, dataset.partnerships).links.map((l) => l.sectorCount)));
    expect(maxLinkSectors(dataset)).toBe(5);
  });

  it('hands a link that a filter keeps the very same arc, so the map need not compare its points', () => {
    const all = toMapScene(dataset, dataset.partnerships);
    const filtered = toMapScene(dataset, filterPartnerships(dataset, { ...EMPTY_FILTERS, sectors: ['security'] }));
    const russia = (scene: typeof all) => scene.links.find((l) => l.to === 'RUS')!;
    expect(russia(filtered)).not.toBe(russia(all));
    expect(russia(filtered).latLngs).toBe(russia(all).latLngs);
  });

  it('hands a link that a date step keeps the very same arc: every date of a dataset shares its arcs', () => {
    const shipped = shippedDataset();
    const latest = toMapScene(shipped, shipped.partnerships);
    const before = datasetOn(shipped, '2024-02-28', null);
    expect(before).not.toBe(shipped);
    const onDate = toMapScene(before, before.partnerships);
    const kept = onDate.links.filter((l) => latest.links.some((m) => m.id === l.id));
    expect(kept.length).toBeGreaterThan(0);
    for (const link of kept) expect(link.latLngs).toBe(latest.links.find((m) => m.id === link.id)!.latLngs);
  });

  it('places the focus first, then the partners in the same order, the UN at its headquarters', () => {
    const scene = toMapScene(dataset, dataset.partnerships);
    expect(scene.places.map((p) => p.actorId)).toEqual(['MLI', 'RUS', 'BFA', 'NER', 'CHN', 'TUR', 'FRA', 'UN']);
    expect(scene.places.find((p) => p.actorId === 'UN')).toMatchObject({ kind: 'organization', latLng: [40.749, -73.968] });
  });

  it('fills each partner with the strongest status of its shown partnerships, and follows the filters', () => {
    expect(toMapScene(dataset, dataset.partnerships).statusByActor.get('RUS')).toBe('active');
    const exploring = filterPartnerships(dataset, { ...EMPTY_FILTERS, statuses: ['exploring'] });
    const scene = toMapScene(dataset, exploring);
    expect(scene.statusByActor.get('RUS')).toBe('exploring');
    expect(scene.links.map((l) => [l.to, l.sectorCount])).toEqual([['RUS', 4]]);
    expect(scene.statusByActor.has('FRA')).toBe(false);
    expect(scene.places.map((p) => p.actorId)).toEqual(['MLI', 'RUS']);
  });

  it('draws no link to an actor that has no location, but keeps it out of the places', () => {
    const tiny = indexDataset(tinyV2(), new Map());
    const scene = toMapScene(tiny, tiny.partnerships);
    expect(scene.links.map((l) => l.to)).toEqual(['BBB']);
    expect(scene.places.map((p) => p.actorId)).toEqual(['AAA', 'BBB']);
    expect(scene.statusByActor.get('org')).toBe('ended');
  });
});

describe('toMapUnplaced', () => {
  it('lists the people of the shipped dataset, who have no location', () => {
    expect(toMapUnplaced(dataset, dataset.partnerships, EMPTY_FILTERS).map((a) => a.id)).toEqual(['diop', 'camara', 'lavrov']);
  });

  it('follows the kind filter and the search for actors with no partnership', () => {
    expect(toMapUnplaced(dataset, dataset.partnerships, { ...EMPTY_FILTERS, kinds: ['country'] })).toEqual([]);
    expect(toMapUnplaced(dataset, dataset.partnerships, { ...EMPTY_FILTERS, search: 'lavrov' }).map((a) => a.id)).toEqual(['lavrov']);
  });

  it('lists an unplaced actor with partnerships only while one of them is shown', () => {
    const tiny = indexDataset(tinyV2(), new Map());
    expect(toMapUnplaced(tiny, tiny.partnerships, EMPTY_FILTERS).map((a) => a.id)).toEqual(['org']);
    expect(toMapUnplaced(tiny, tiny.partnerships.slice(0, 1), EMPTY_FILTERS)).toEqual([]);
  });
});
