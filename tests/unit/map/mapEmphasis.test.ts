import { describe, expect, it } from 'vitest';
import { mapActorEmphasis, mapFaded, mapLinkEmphasis } from '../../../src/derive/mapEmphasis';
import { NO_HIGHLIGHT, toHighlight } from '../../../src/derive/relations';
import { shippedDataset } from '../../fixtures/datasetBuilder';

const dataset = shippedDataset();
const link = (to: string) => ({ from: 'MLI', to, partnershipIds: dataset.partnerships.filter((p) => p.actors.includes(to)).map((p) => p.id) });

describe('map emphasis', () => {
  it('draws everything normally when nothing is picked', () => {
    const none = { selection: NO_HIGHLIGHT, hover: NO_HIGHLIGHT };
    expect(mapActorEmphasis('RUS', none)).toBe('normal');
    expect(mapLinkEmphasis(link('CHN'), none)).toBe('normal');
    expect(mapFaded(none)).toBe(false);
  });

  it('brings forward what another view selected, and fades the map, leaving the rest as it was', () => {
    const h = { selection: toHighlight(dataset, { kind: 'actor', id: 'RUS' }), hover: NO_HIGHLIGHT };
    expect(mapActorEmphasis('RUS', h)).toBe('selected');
    expect(mapLinkEmphasis(link('RUS'), h)).toBe('selected');
    expect(mapLinkEmphasis(link('CHN'), h)).toBe('normal');
    expect(mapActorEmphasis('CHN', h)).toBe('normal');
    expect(mapFaded(h)).toBe(true);
  });

  it('fades the map while only the hover picks something', () => {
    expect(mapFaded({ selection: NO_HIGHLIGHT, hover: toHighlight(dataset, { kind: 'actor', id: 'CHN' }) })).toBe(true);
  });

  it('marks what is hovered without losing the selection', () => {
    const h = { selection: toHighlight(dataset, { kind: 'actor', id: 'RUS' }), hover: toHighlight(dataset, { kind: 'relation', id: 'CHN|MLI' }) };
    expect(mapLinkEmphasis(link('CHN'), h)).toBe('hovered');
    expect(mapLinkEmphasis(link('RUS'), h)).toBe('selected');
    expect(mapLinkEmphasis(link('FRA'), h)).toBe('normal');
  });

  it("brings forward the links between an event's actors", () => {
    const h = { selection: toHighlight(dataset, { kind: 'event', id: 'moscow-visit' }), hover: NO_HIGHLIGHT };
    expect(mapLinkEmphasis(link('RUS'), h)).toBe('selected');
    expect(mapLinkEmphasis(link('FRA'), h)).toBe('normal');
  });
});
