/**
 * A place in the matrix a keyboard can rest on: `row` -1 is the row of sector names, `col` -1
 * the column of partner names; the other places are filled cells.
 */
export interface MatrixPlace {
  row: number;
  col: number;
}

export interface MatrixShape {
  rows: number;
  cols: number;
  /** Whether the partner row `row` has a partnership in sector column `col`. */
  filled: (row: number, col: number) => boolean;
}

/** How many places Page Up and Page Down jump along a column. */
const PAGE = 10;

export function matrixPlaceExists(shape: MatrixShape, { row, col }: MatrixPlace): boolean {
  if (row === -1) return col >= 0 && col < shape.cols;
  if (row < 0 || row >= shape.rows) return false;
  if (col === -1) return true;
  return col >= 0 && col < shape.cols && shape.filled(row, col);
}

/** The next place from `from` stepping by `step` along a row or a column, skipping empty cells. */
function scan(shape: MatrixShape, from: MatrixPlace, along: 'row' | 'col', step: 1 | -1): MatrixPlace | null {
  const limit = along === 'row' ? shape.cols : shape.rows;
  for (let i = (along === 'row' ? from.col : from.row) + step; i >= -1 && i < limit; i += step) {
    const place = along === 'row' ? { row: from.row, col: i } : { row: i, col: from.col };
    if (matrixPlaceExists(shape, place)) return place;
  }
  return null;
}

function repeat(shape: MatrixShape, from: MatrixPlace, step: 1 | -1): MatrixPlace | null {
  let at: MatrixPlace | null = null;
  for (let i = 0; i < PAGE; i++) {
    const next = scan(shape, at ?? from, 'col', step);
    if (!next) break;
    at = next;
  }
  return at;
}

/**
 * Where a key moves the keyboard in the matrix, or null when it does not move it. The matrix is
 * sparse, so the arrows skip empty cells: right and left go to the next partnership of the
 * partner, down and up to the next partner with a partnership in the same sector, and from the
 * edges to the sector's name above or the partner's name on the left. Home and End go to the ends
 * of the row (with Control, of the whole matrix); Page Up and Page Down jump ten places.
 */
export function moveInMatrix(shape: MatrixShape, from: MatrixPlace, key: string, control = false): MatrixPlace | null {
  switch (key) {
    case 'ArrowRight':
      return scan(shape, from, 'row', 1);
    case 'ArrowLeft':
      return scan(shape, from, 'row', -1);
    case 'ArrowDown':
      return scan(shape, from, 'col', 1);
    case 'ArrowUp':
      return scan(shape, from, 'col', -1);
    case 'PageDown':
      return repeat(shape, from, 1);
    case 'PageUp':
      return repeat(shape, from, -1);
    case 'Home':
      return control ? firstPlace(shape) : scan(shape, { row: from.row, col: -2 }, 'row', 1);
    case 'End':
      return control ? lastPlace(shape) : scan(shape, { row: from.row, col: shape.cols }, 'row', -1);
    default:
      return null;
  }
}

/** Where Tab first lands: the first sector's name, or the first partner's when there is no sector. */
export function firstPlace(shape: MatrixShape): MatrixPlace | null {
  if (shape.cols > 0) return { row: -1, col: 0 };
  return shape.rows > 0 ? { row: 0, col: -1 } : null;
}

function lastPlace(shape: MatrixShape): MatrixPlace | null {
  if (shape.rows === 0) return firstPlace(shape);
  return scan(shape, { row: shape.rows - 1, col: shape.cols }, 'row', -1);
}
