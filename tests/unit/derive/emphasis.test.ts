import { describe, expect, it } from 'vitest';
import { edgeEmphasis, emphasisOf, isForward, nodeEmphasis, toEmphasis, undimmed, type EmphasisTarget } from '../../../src/derive/emphasis';
import { NO_REACH, toNetworkReach, toReach } from '../../../src/derive/pickReach';
import { filterPartnerships } from '../../../src/derive/filterPartnerships';
import { toNetworkGraph } from '../../../src/derive/toNetworkGraph';
import { toSectorCounts } from '../../../src/derive/toSectorBreakdown';
import type { EntityRef } from '../../../src/model/entityRef';
import { EMPTY_FILTERS } from '../../../src/model/filters';
import { articleDataset } from '../../fixtures/datasetBuilder';

const dataset = articleDataset();
const RUS: EntityRef = { kind: 'actor', id: 'RUS' };
const link = (to: string): EmphasisTarget => ({
  kind: 'pair',
  from: 'MLI',
  to,
  partnershipIds: dataset.partnerships.filter((p) => p.actors.includes(to)).map((p) => p.id),
});
const of = (pick: EntityRef | null, target: EmphasisTarget) => emphasisOf(dataset, pick, target);

describe('the emphasis of one mark under one pick', () => {
  it('is normal for every mark while nothing is picked', () => {
    for (const target of [
      RUS,
      { kind: 'partnership', id: 'mli-rus-energy' },
      { kind: 'event', id: 'moscow-visit' },
      link('CHN'),
    ] as const) {
      expect(of(null, target)).toBe('normal');
    }
  });

  it('is focus for the picked actor, related for its partners and partnerships, and dimmed for the rest', () => {
    expect(of(RUS, RUS)).toBe('focus');
    expect(of(RUS, { kind: 'actor', id: 'MLI' })).toBe('related');
    expect(of(RUS, { kind: 'partnership', id: 'mli-rus-energy' })).toBe('related');
    expect(of(RUS, { kind: 'actor', id: 'CHN' })).toBe('dimmed');
    expect(of(RUS, { kind: 'partnership', id: 'mli-chn-security' })).toBe('dimmed');
  });

  it('is focus for the picked partnership itself and related for its two actors', () => {
    const energy: EntityRef = { kind: 'partnership', id: 'mli-rus-energy' };
    expect(of(energy, energy)).toBe('focus');
    expect(of(energy, RUS)).toBe('related');
    expect(of(energy, { kind: 'partnership', id: 'mli-rus-security' })).toBe('dimmed');
  });

  it('brings forward an event or a relation named alone by itself only', () => {
    const visit: EntityRef = { kind: 'event', id: 'moscow-visit' };
    expect(of(visit, visit)).toBe('focus');
    expect(of(RUS, visit)).toBe('dimmed');
    const pair: EntityRef = { kind: 'relation', id: 'BFA|NER' };
    expect(of(pair, pair)).toBe('focus');
    expect(of({ kind: 'actor', id: 'BFA' }, pair)).toBe('dimmed');
  });

  it('says whether a pick brings a mark forward, and leaves dimming to the layer where asked', () => {
    expect(['focus', 'related', 'dimmed', 'normal'].map((e) => isForward(e as never))).toEqual([true, true, false, false]);
    expect(undimmed('dimmed')).toBe('normal');
    expect(undimmed('related')).toBe('related');
  });
});

describe('the emphasis of a map link, the partnerships of a pair', () => {
  it('brings forward the links of a picked actor and leaves the others out', () => {
    expect(of(RUS, link('RUS'))).toBe('related');
    expect(of(RUS, link('CHN'))).toBe('dimmed');
  });

  it('is focus for the picked relation’s own link', () => {
    expect(of({ kind: 'relation', id: 'MLI|RUS' }, link('RUS'))).toBe('focus');
    expect(of({ kind: 'relation', id: 'CHN|MLI' }, link('RUS'))).toBe('dimmed');
  });

  it("brings forward the links between an event's actors", () => {
    const visit: EntityRef = { kind: 'event', id: 'moscow-visit' };
    expect(of(visit, link('RUS'))).toBe('related');
    expect(of(visit, link('FRA'))).toBe('dimmed');
  });
});

describe('the emphasis of a bar segment, a group of partnerships', () => {
  const counts = toSectorCounts(dataset.sectors, dataset.partnerships);
  const segments = counts.flatMap((c) => c.segments.map((segment) => ({ key: `${c.sector.id}|${segment.status}`, segment })));
  const litBy = (pick: EntityRef | null, among = segments) =>
    among
      .filter(({ segment }) =>
        isForward(toEmphasis(pick, toReach(dataset, pick), { kind: 'group', partnershipIds: segment.partnershipIds })),
      )
      .map(({ key }) => key)
      .sort();

  it('finds the bar segments that hold the partnerships a pick brings forward', () => {
    expect(litBy(RUS)).toEqual([
      'agriculture|exploring',
      'education|exploring',
      'energy|exploring',
      'security|active',
      'transport|exploring',
    ]);
    expect(litBy({ kind: 'partnership', id: 'mli-chn-security' })).toEqual(['security|potential']);
  });

  it('lights no segment, and dims none, for a pick that brings no partnership forward', () => {
    expect(litBy(null)).toEqual([]);
    const nothing: EntityRef = { kind: 'event', id: 'nothing' };
    expect(litBy(nothing)).toEqual([]);
    expect(toEmphasis(nothing, NO_REACH, { kind: 'group', partnershipIds: ['mli-rus-energy'] })).toBe('normal');
    expect(toEmphasis(RUS, toReach(dataset, RUS), { kind: 'group', partnershipIds: ['mli-chn-security'] })).toBe('dimmed');
  });

  it('lights no segment for a partnership the filters leave out, even one of the same sector and status', () => {
    const burkina = filterPartnerships(dataset, { ...EMPTY_FILTERS, search: 'burkina' });
    const shown = toSectorCounts(dataset.sectors, burkina).flatMap((c) =>
      c.segments.map((segment) => ({ key: `${c.sector.id}|${segment.status}`, segment })),
    );
    expect(litBy({ kind: 'actor', id: 'BFA' }, shown)).toEqual(['security|emerging']);
    // Niger's security partnership is emerging too, but the segment shown holds Burkina Faso's only.
    expect(litBy({ kind: 'partnership', id: 'mli-ner-security' }, shown)).toEqual([]);
  });
});

describe('the emphasis of the network’s nodes and edges', () => {
  const graph = toNetworkGraph(dataset, dataset.partnerships);

  it('is normal for every node and edge while nothing is brought forward', () => {
    expect(nodeEmphasis(null, 'RUS')).toBe('normal');
    expect(edgeEmphasis(null, 'MLI|RUS')).toBe('normal');
  });

  it('is focus for the picked actor, related for everything it is tied to, dimmed for the rest', () => {
    const reach = toNetworkReach(dataset, graph, RUS);
    expect(nodeEmphasis(reach, 'RUS')).toBe('focus');
    expect(nodeEmphasis(reach, 'lavrov')).toBe('related');
    expect(nodeEmphasis(reach, 'FRA')).toBe('dimmed');
    expect(edgeEmphasis(reach, 'MLI|RUS')).toBe('related');
    expect(edgeEmphasis(reach, 'CHN|MLI')).toBe('dimmed');
  });

  it('is focus for a picked relation’s edge and its two ends', () => {
    const reach = toNetworkReach(dataset, graph, { kind: 'relation', id: 'MLI|RUS' });
    expect(edgeEmphasis(reach, 'MLI|RUS')).toBe('focus');
    expect(nodeEmphasis(reach, 'MLI')).toBe('focus');
    expect(nodeEmphasis(reach, 'lavrov')).toBe('dimmed');
  });
});
