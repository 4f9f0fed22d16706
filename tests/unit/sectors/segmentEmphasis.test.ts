import { describe, expect, it } from 'vitest';
import { toSectorCounts } from '../../../src/derive/toSectorBreakdown';
import { filterPartnerships } from '../../../src/derive/filterPartnerships';
import { NO_HIGHLIGHT, toHighlight } from '../../../src/derive/relations';
import { segmentLit } from '../../../src/views/sectors/segmentEmphasis';
import { shippedDataset } from '../../fixtures/datasetBuilder';
import { EMPTY_FILTERS } from '../../../src/model/filters';

const dataset = shippedDataset();
const counts = toSectorCounts(dataset.sectors, dataset.partnerships);
const segments = counts.flatMap((c) => c.segments.map((segment) => ({ key: `${c.sector.id}|${segment.status}`, segment })));
const litBy = (highlight: ReturnType<typeof toHighlight>, among = segments) =>
  among.filter(({ segment }) => segmentLit(segment, highlight)).map(({ key }) => key).sort();

describe('segmentLit', () => {
  it('finds the bar segments that hold the partnerships a pick brings forward', () => {
    expect(litBy(toHighlight(dataset, { kind: 'actor', id: 'RUS' }))).toEqual([
      'agriculture|exploring',
      'education|exploring',
      'energy|exploring',
      'security|active',
      'transport|exploring',
    ]);
    expect(litBy(toHighlight(dataset, { kind: 'partnership', id: 'mli-chn-security' }))).toEqual(['security|potential']);
  });

  it('lights no segment for a pick that brings no partnership forward', () => {
    expect(litBy(NO_HIGHLIGHT)).toEqual([]);
    expect(litBy(toHighlight(dataset, { kind: 'event', id: 'nothing' }))).toEqual([]);
  });

  it('lights no segment for a partnership the filters leave out, even one of the same sector and status', () => {
    const burkina = filterPartnerships(dataset, { ...EMPTY_FILTERS, search: 'burkina' });
    const shown = toSectorCounts(dataset.sectors, burkina).flatMap((c) => c.segments.map((segment) => ({ key: `${c.sector.id}|${segment.status}`, segment })));
    expect(litBy(toHighlight(dataset, { kind: 'actor', id: 'BFA' }), shown)).toEqual(['security|emerging']);
    // Niger's security partnership is emerging too, but the segment shown holds Burkina Faso's only.
    expect(litBy(toHighlight(dataset, { kind: 'partnership', id: 'mli-ner-security' }), shown)).toEqual([]);
  });
});
