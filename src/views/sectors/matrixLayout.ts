import { scaleBand, type ScaleBand } from 'd3';
import { pageTextWidth } from '../../text/measureText';

export const MATRIX_FONT = 13;
const ROW_HEIGHT = 38;
const ROW_PADDING = 0.16;
const ROW_OUTER = 0.06;
const MIN_STEP = 40;
const MAX_STEP = 112;
const MIN_LABEL = 64;
const MAX_LABEL = 170;
/** Room after the longest name, before the first column. */
const LABEL_ROOM = 20;
const COS45 = Math.SQRT1_2;
/** The longest a sector's name runs over its column; a longer one is cut (`fitLabel`). */
export const HEADER_WIDTH = 240;

/** How sector names stand: level, slanted, or upright. */
export type HeaderAngle = 0 | -45 | -90;

export interface MatrixColumns {
  width: number;
  labelWidth: number;
  headerHeight: number;
  headerAngle: HeaderAngle;
  x: ScaleBand<string>;
}

export interface MatrixRows {
  height: number;
  /** The top of the row drawn at this place. */
  top: (index: number) => number;
  /** A row's height, and the distance from one row's top to the next. */
  band: number;
  step: number;
}

/**
 * The room the partner names take: their longest, between a minimum and a maximum. It stops
 * measuring once a name reaches the maximum, which no longer one can change: at 50,000
 * partnerships the matrix has 38,000 rows, more names than the measures kept, and measuring every
 * one took about 200 ms of each step of the date slider.
 */
export function matrixLabelWidth(rows: readonly { label: string }[]): number {
  let longest = 0;
  for (const row of rows) {
    longest = Math.max(longest, pageTextWidth(row.label, MATRIX_FONT));
    if (longest + LABEL_ROOM >= MAX_LABEL) break;
  }
  return Math.min(MAX_LABEL, Math.max(MIN_LABEL, longest + LABEL_ROOM));
}

/**
 * Places the matrix's columns in the width it has. Columns share what is left after the partner
 * names, between a minimum that keeps cells clickable and a maximum that keeps them square-ish.
 * Sector names stay level when they fit their column, slant when the slant still fits the width,
 * and stand upright otherwise; when even that does not fit, the matrix keeps its size and its box
 * scrolls sideways rather than squeeze names into each other.
 */
export function computeMatrixColumns(
  available: number,
  sectors: readonly { id: string; label: string }[],
  labelWidth: number,
): MatrixColumns {
  const n = Math.max(1, sectors.length);
  const step = Math.min(MAX_STEP, Math.max(MIN_STEP, Math.floor((available - labelWidth - 2) / n)));
  const body = labelWidth + n * step + 2;
  const widths = sectors.map((s) => Math.min(HEADER_WIDTH, pageTextWidth(s.label, MATRIX_FONT, 600)));
  const longest = Math.max(0, ...widths);
  // A slanted name starts at its column's centre and runs up and to the right.
  const slantOverflow = Math.max(0, ...widths.map((w, i) => labelWidth + (i + 0.5) * step + w * COS45 + 4 - body));
  const headerAngle: HeaderAngle = longest + 12 <= step ? 0 : body + slantOverflow <= available ? -45 : -90;
  const headerHeight = headerAngle === 0 ? 32 : headerAngle === -45 ? Math.ceil(longest * COS45) + 22 : longest + 18;
  const width = headerAngle === -45 ? Math.ceil(body + slantOverflow) : body;

  const x = scaleBand<string>()
    .domain(sectors.map((s) => s.id))
    .range([labelWidth, labelWidth + n * step])
    .paddingInner(0.12)
    .paddingOuter(0.04);
  return { width, labelWidth, headerHeight, headerAngle, x };
}

/**
 * Places the rows under the sector names, one row height apart. A row's place depends only on
 * its own index, computed the same way whatever the number of rows, so a row keeps its place,
 * to the last digit, when rows are added below it or a filter removes others: drawing more rows
 * or filtering neither moves nor re-renders the rows already drawn.
 */
export function computeMatrixRows(headerHeight: number, rows: readonly unknown[]): MatrixRows {
  const band = ROW_HEIGHT * (1 - ROW_PADDING);
  const first = headerHeight + ROW_HEIGHT * ROW_OUTER;
  return { height: headerHeight + rows.length * ROW_HEIGHT + 4, top: (index) => first + index * ROW_HEIGHT, band, step: ROW_HEIGHT };
}
