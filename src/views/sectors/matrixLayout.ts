import { scaleBand, type ScaleBand } from 'd3';
import { textWidth } from './textWidth';

export const MATRIX_FONT = 13;
const ROW_HEIGHT = 38;
const MIN_STEP = 42;
const MAX_STEP = 112;
const MIN_LABEL = 64;
const MAX_LABEL = 170;
const COS45 = Math.SQRT1_2;

/** How sector names stand: level, slanted, or upright. */
export type HeaderAngle = 0 | -45 | -90;

export interface MatrixLayout {
  width: number;
  height: number;
  labelWidth: number;
  headerHeight: number;
  headerAngle: HeaderAngle;
  x: ScaleBand<string>;
  y: ScaleBand<string>;
}

/**
 * Places the matrix in the width it has. Columns share what is left after the partner names,
 * between a minimum that keeps cells clickable and a maximum that keeps them square-ish. Sector
 * names stay level when they fit their column, slant when the slant still fits the width, and
 * stand upright otherwise; when even that does not fit, the matrix keeps its size and its box
 * scrolls sideways rather than squeeze names into each other.
 */
export function computeMatrixLayout(
  available: number,
  sectors: readonly { id: string; label: string }[],
  rows: readonly { id: string; label: string }[],
): MatrixLayout {
  const longestRow = Math.max(0, ...rows.map((r) => textWidth(r.label, MATRIX_FONT)));
  const labelWidth = Math.min(MAX_LABEL, Math.max(MIN_LABEL, longestRow + 20));
  const n = Math.max(1, sectors.length);
  const step = Math.min(MAX_STEP, Math.max(MIN_STEP, Math.floor((available - labelWidth - 2) / n)));
  const body = labelWidth + n * step + 2;
  const widths = sectors.map((s) => textWidth(s.label, MATRIX_FONT, 600));
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
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.id))
    .range([headerHeight, headerHeight + rows.length * ROW_HEIGHT])
    .paddingInner(0.16)
    .paddingOuter(0.06);
  return { width, height: headerHeight + rows.length * ROW_HEIGHT + 4, labelWidth, headerHeight, headerAngle, x, y };
}
