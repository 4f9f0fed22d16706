import { describe, expect, it } from 'vitest';
import type { SectorMatrixRow } from '../../../src/derive/toSectorBreakdown';
import { MATRIX_PAGE, toShownMatrixRows } from '../../../src/derive/toShownMatrixRows';

const rowsOf = (n: number): SectorMatrixRow[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `P${i}`,
    pick: { kind: 'actor', id: `P${i}` },
    label: `Partner ${i}`,
    strongest: 'active',
    cells: [],
  }));

describe('toShownMatrixRows', () => {
  it('shows every row of a small matrix, with nothing left to ask for', () => {
    const shown = toShownMatrixRows(rowsOf(7), MATRIX_PAGE, null);
    expect(shown.rows).toHaveLength(7);
    expect(shown).toMatchObject({ total: 7, first: 7, hidden: 0, pinned: null, canFold: false });
  });

  it('shows a few rows past the page rather than a control that would reveal only them', () => {
    expect(toShownMatrixRows(rowsOf(MATRIX_PAGE + 10), MATRIX_PAGE, null).hidden).toBe(0);
    expect(toShownMatrixRows(rowsOf(MATRIX_PAGE + 11), MATRIX_PAGE, null).hidden).toBe(MATRIX_PAGE + 11 - MATRIX_PAGE);
  });

  it('opens a large matrix on its first rows, in order, and counts the others', () => {
    const rows = rowsOf(249);
    const shown = toShownMatrixRows(rows, MATRIX_PAGE, null);
    expect(shown.rows).toEqual(rows.slice(0, MATRIX_PAGE));
    expect(shown).toMatchObject({ total: 249, first: MATRIX_PAGE, hidden: 249 - MATRIX_PAGE, more: MATRIX_PAGE, canFold: false });
  });

  it('adds a page at a time, and all the rest at once when little would be left', () => {
    expect(toShownMatrixRows(rowsOf(59), MATRIX_PAGE, null).more).toBe(29);
    const second = toShownMatrixRows(rowsOf(100), 2 * MATRIX_PAGE, null);
    expect(second).toMatchObject({ first: 60, hidden: 40, more: 40, canFold: true });
    expect(toShownMatrixRows(rowsOf(100), Infinity, null)).toMatchObject({ first: 100, hidden: 0, canFold: true });
  });

  it('keeps the selected row in view at the end when it is past the limit', () => {
    const rows = rowsOf(100);
    const shown = toShownMatrixRows(rows, MATRIX_PAGE, 'P77');
    expect(shown.rows.map((r) => r.id).slice(-2)).toEqual([`P${MATRIX_PAGE - 1}`, 'P77']);
    expect(shown).toMatchObject({ first: MATRIX_PAGE, hidden: 100 - MATRIX_PAGE - 1 });
    expect(shown.pinned?.id).toBe('P77');
  });

  it('pins nothing when the selected row is already shown or not in the matrix', () => {
    expect(toShownMatrixRows(rowsOf(100), MATRIX_PAGE, 'P3').pinned).toBeNull();
    expect(toShownMatrixRows(rowsOf(100), MATRIX_PAGE, 'elsewhere').pinned).toBeNull();
  });
});
