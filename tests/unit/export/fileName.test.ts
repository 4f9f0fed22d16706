import { describe, expect, it } from 'vitest';
import { exportFileName, slug } from '../../../src/export/fileName';
import { EMPTY_FILTERS } from '../../../src/model/filters';

describe('exportFileName', () => {
  it('puts what was exported before the date that ends the dataset id', () => {
    expect(exportFileName('mali-partnerships-2024-02', 'network', EMPTY_FILTERS, 'png')).toBe('mali-partnerships-network-2024-02.png');
  });

  it('says when the filters narrowed what is in the file', () => {
    const filters = { ...EMPTY_FILTERS, statuses: ['active' as const] };
    expect(exportFileName('mali-partnerships-2024-02', null, filters, 'csv')).toBe('mali-partnerships-filtered-2024-02.csv');
    expect(exportFileName('mali-partnerships-2024-02', 'map', { ...EMPTY_FILTERS, search: ' niger ' }, 'svg')).toBe(
      'mali-partnerships-map-filtered-2024-02.svg',
    );
  });

  it('appends to an id that ends with no date, and keeps file names to safe ASCII words', () => {
    expect(exportFileName('Sahel_Côte', 'sectors', EMPTY_FILTERS, 'png')).toBe('sahel-cote-sectors.png');
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
  });
});
