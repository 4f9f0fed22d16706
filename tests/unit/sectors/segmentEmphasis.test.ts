import { describe, expect, it } from 'vitest';
import { toSectorCounts } from '../../../src/derive/toSectorBreakdown';
import { segmentEmphasisOf, toSegmentIndex } from '../../../src/views/sectors/segmentEmphasis';
import { shippedDataset } from '../../fixtures/datasetBuilder';

const dataset = shippedDataset();
const index = toSegmentIndex(toSectorCounts(dataset.sectors, dataset.partnerships));

describe('segmentEmphasisOf', () => {
  it('finds the bar segments that hold the partnerships a pick brings forward', () => {
    const of = segmentEmphasisOf();
    expect([...of(dataset, { kind: 'actor', id: 'RUS' }, index).keys].sort()).toEqual([
      'agriculture|exploring',
      'education|exploring',
      'energy|exploring',
      'security|active',
      'transport|exploring',
    ]);
    expect(of(dataset, { kind: 'partnership', id: 'mli-chn-security' }, index)).toEqual({ keys: new Set(['security|potential']), any: true });
  });

  it('says when a pick brings no partnership forward, so nothing is dimmed', () => {
    const of = segmentEmphasisOf();
    expect(of(dataset, null, index).any).toBe(false);
    expect(of(dataset, { kind: 'event', id: 'nothing' }, index).any).toBe(false);
  });

  it('answers every segment of one store change from one computation', () => {
    const of = segmentEmphasisOf();
    const pick = { kind: 'actor', id: 'RUS' } as const;
    expect(of(dataset, pick, index)).toBe(of(dataset, pick, index));
    expect(of(dataset, { ...pick }, index)).not.toBe(of(dataset, pick, index));
  });
});
