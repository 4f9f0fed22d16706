import type { SectorMatrixRow } from './toSectorBreakdown';

/** How many partner rows the matrix shows at first, and how many more each "show more" adds. */
export const MATRIX_PAGE = 30;

/**
 * Past the limit, the rows left over are shown anyway when they are this few: a control that
 * reveals three more rows would cost the reader more than the rows themselves.
 */
const SLACK = 10;

export interface ShownMatrixRows {
  /** The rows to draw: the first ones in the breakdown's order, then the pinned row if any. */
  rows: readonly SectorMatrixRow[];
  /** How many rows the breakdown has in all. */
  total: number;
  /** How many first rows are drawn, in order (the pinned row aside). */
  first: number;
  /** How many of the breakdown's rows are not drawn. */
  hidden: number;
  /** How many first rows "show more" would add: a page, or all the rest when little is left. */
  more: number;
  /** Whether going back to the first page would leave rows out (a person asked for more). */
  canFold: boolean;
  /** A row past the limit that is drawn anyway, because the selection is in it. */
  pinned: SectorMatrixRow | null;
}

/**
 * The rows the matrix draws, given how many a person asked for. A matrix of two hundred
 * partners by twenty-five sectors is neither readable on a projector nor quick to draw, so it
 * opens on the first rows (the closest partners, in the breakdown's order) and says how many
 * there are. A selection made elsewhere stays visible: its row is added at the end.
 */
export function toShownMatrixRows(rows: readonly SectorMatrixRow[], limit: number, selectedRowId: string | null): ShownMatrixRows {
  const cut = cutAt(rows.length, limit);
  const first = rows.slice(0, cut);
  const pinned = selectedRowId === null ? null : (rows.slice(cut).find((row) => row.id === selectedRowId) ?? null);
  return {
    rows: pinned ? [...first, pinned] : first,
    total: rows.length,
    first: cut,
    hidden: rows.length - cut - (pinned ? 1 : 0),
    more: cutAt(rows.length, cut + MATRIX_PAGE) - cut,
    canFold: cutAt(rows.length, MATRIX_PAGE) < cut,
    pinned,
  };
}

function cutAt(rows: number, limit: number): number {
  return rows - limit <= SLACK ? rows : Math.max(0, limit);
}
