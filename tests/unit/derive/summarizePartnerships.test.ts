import { describe, expect, it } from 'vitest';
import { summarizePartnerships } from '../../../src/derive/summarizePartnerships';
import { articleDataset } from '../../fixtures/datasetBuilder';

const dataset = articleDataset();
const focus = dataset.focus.id;

describe('summarizePartnerships', () => {
  it('counts the focus’s partnerships by status, by partner and by sector, the largest first', () => {
    const summary = summarizePartnerships(dataset.partnershipsByActor.get(focus)!, focus);
    expect(summary.total).toBe(11);
    expect(summary.byStatus).toEqual({ active: 1, emerging: 2, exploring: 4, potential: 2, ended: 2 });
    expect(summary.byPartner[0]).toEqual({
      id: 'RUS',
      total: 5,
      byStatus: { active: 1, emerging: 0, exploring: 4, potential: 0, ended: 0 },
    });
    expect(summary.byPartner.map((r) => r.total).reduce((a, b) => a + b)).toBe(11);
    expect(summary.bySector[0]).toMatchObject({ id: 'security', total: 7 });
    expect(summary.bySector.map((r) => r.id)).toEqual(['security', 'energy', 'transport', 'agriculture', 'education']);
  });

  it('keeps the order in which the data first names rows with as many partnerships, and names the other actor from either side', () => {
    const russia = summarizePartnerships(dataset.partnershipsByActor.get('RUS')!, 'RUS');
    expect(russia.byPartner).toEqual([{ id: focus, total: 5, byStatus: { active: 1, emerging: 0, exploring: 4, potential: 0, ended: 0 } }]);
    expect(russia.bySector.map((r) => r.total)).toEqual([1, 1, 1, 1, 1]);
    expect(russia.bySector.map((r) => r.id)).toEqual(['security', 'energy', 'transport', 'agriculture', 'education']);
  });

  it('has nothing to count for an actor with no partnership', () => {
    expect(summarizePartnerships([], focus)).toEqual({
      total: 0,
      byStatus: { active: 0, emerging: 0, exploring: 0, potential: 0, ended: 0 },
      byPartner: [],
      bySector: [],
    });
  });
});
