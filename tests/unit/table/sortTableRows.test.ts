import { describe, expect, it } from 'vitest';
import { toTableRows } from '../../../src/derive/tableRows';
import { fr } from '../../../src/i18n/fr';
import { en } from '../../../src/i18n/en';
import { articleDataset } from '../../fixtures/datasetBuilder';
import { DEFAULT_SEED, SIZES, generateDataset } from '../../../bench/generateDataset.mjs';
import { parseDatasetJson } from '../../../src/data/parseDatasetJson';
import { indexDataset } from '../../../src/data/indexDataset';
import { DEFAULT_SORT, nextTableSort, sortTableRows, TABLE_COLUMNS, type TableSort } from '../../../src/derive/sortTableRows';
import type { TableRow } from '../../../src/derive/tableRows';
import { statusRank } from '../../../src/model/statuses';

const dataset = articleDataset();
const rowsFr = toTableRows(dataset, dataset.partnerships, 'fr', fr);
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('sortTableRows', () => {
  it('opens sorted by status, strongest first, ties by partner name then sector order', () => {
    expect(ids(sortTableRows(rowsFr, DEFAULT_SORT, 'fr'))).toEqual([
      'mli-rus-security',
      'mli-bfa-security',
      'mli-ner-security',
      'mli-rus-energy',
      'mli-rus-transport',
      'mli-rus-agriculture',
      'mli-rus-education',
      'mli-chn-security',
      'mli-tur-security',
      'mli-fra-security',
      'mli-un-security',
    ]);
  });

  it('sorts partners by name in the reader’s language, either way', () => {
    const up = sortTableRows(rowsFr, { column: 'partner', direction: 'ascending' }, 'fr').map((r) => r.partnerName);
    expect([...new Set(up)]).toEqual(['Burkina Faso', 'Chine', 'France', 'Nations unies', 'Niger', 'Russie', 'Turquie']);
    const rowsEn = toTableRows(dataset, dataset.partnerships, 'en', en);
    const down = sortTableRows(rowsEn, { column: 'partner', direction: 'descending' }, 'en').map((r) => r.partnerName);
    expect([...new Set(down)]).toEqual(['United Nations', 'Türkiye', 'Russia', 'Niger', 'France', 'China', 'Burkina Faso']);
  });

  it('sorts accented sector names as a French reader expects (Éducation before Énergie, after Agriculture)', () => {
    const sectors = sortTableRows(rowsFr, { column: 'sector', direction: 'ascending' }, 'fr').map((r) => r.sectorName);
    expect([...new Set(sectors)]).toEqual(['Agriculture', 'Éducation', 'Énergie', 'Sécurité', 'Transport']);
  });

  it('puts rows without a trend last whichever the direction', () => {
    for (const direction of ['ascending', 'descending'] as const) {
      const sorted = sortTableRows(rowsFr, { column: 'trend', direction }, 'fr');
      expect(sorted[0]!.id).toBe('mli-rus-security');
      expect(sorted.slice(1).every((r) => r.trend === null)).toBe(true);
    }
  });

  it('sorts by the number of quotes, and reverses the order exactly for ties broken alike', () => {
    const most = sortTableRows(rowsFr, { column: 'evidence', direction: 'descending' }, 'fr');
    expect(most[0]!.id).toBe('mli-rus-security');
    expect(most.slice(1, 5).every((r) => r.evidence.length === 2)).toBe(true);
    const fewest = sortTableRows(rowsFr, { column: 'evidence', direction: 'ascending' }, 'fr');
    expect(fewest.at(-1)!.id).toBe('mli-rus-security');
  });

  it('orders generated rows by every column exactly as comparing their texts with the collator would', () => {
    const parsed = parseDatasetJson(JSON.parse(JSON.stringify(generateDataset({ ...SIZES.medium, seed: DEFAULT_SEED }))));
    if (!parsed.ok) throw new Error('the generated dataset does not load');
    const large = indexDataset(parsed.value, new Map());
    const rows = toTableRows(large, large.partnerships, 'fr', fr);
    const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
    const trend = { strengthening: 0, stable: 1, weakening: 2 } as const;
    const keyOf = (r: TableRow, column: TableSort['column']): number | string | null =>
      ({
        partner: r.partnerName,
        sector: r.sectorName,
        status: statusRank(r.status),
        trend: r.trend ? trend[r.trend] : null,
        summary: r.summary,
        evidence: r.evidence.length,
      })[column];
    for (const column of TABLE_COLUMNS) {
      for (const direction of ['ascending', 'descending'] as const) {
        const sign = direction === 'ascending' ? 1 : -1;
        const expected = [...rows].sort((x, y) => {
          const a = keyOf(x, column);
          const b = keyOf(y, column);
          if (a === null || b === null) {
            if (a !== b) return a === null ? 1 : -1;
          } else {
            const primary = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
            if (primary !== 0) return primary * sign;
          }
          return (
            statusRank(x.status) - statusRank(y.status) ||
            collator.compare(x.partnerName, y.partnerName) ||
            x.sectorIndex - y.sectorIndex ||
            x.index - y.index
          );
        });
        expect(ids(sortTableRows(rows, { column, direction }, 'fr')), `${column} ${direction}`).toEqual(ids(expected));
      }
    }
  });

  it('never changes the rows it is given', () => {
    const before = ids(rowsFr);
    sortTableRows(rowsFr, { column: 'summary', direction: 'descending' }, 'fr');
    expect(ids(rowsFr)).toEqual(before);
  });
});

describe('nextTableSort', () => {
  it('flips the direction of the same column and starts another column ascending', () => {
    expect(nextTableSort(DEFAULT_SORT, 'status')).toEqual({ column: 'status', direction: 'descending' });
    expect(nextTableSort({ column: 'status', direction: 'descending' }, 'status')).toEqual({ column: 'status', direction: 'ascending' });
    expect(nextTableSort(DEFAULT_SORT, 'partner')).toEqual({ column: 'partner', direction: 'ascending' });
  });
});
