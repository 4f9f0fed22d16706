import { describe, expect, it } from 'vitest';
import { firstPlace, moveInMatrix, type MatrixShape } from '../../../src/views/sectors/matrixNavigation';

// Three sectors; "x" is a partnership, "." an empty cell.
const picture = ['x.x', '.x.', 'x..', '..x'];
const shape: MatrixShape = { rows: picture.length, cols: 3, filled: (row, col) => picture[row]?.[col] === 'x' };
const move = (row: number, col: number, key: string, control = false) => moveInMatrix(shape, { row, col }, key, control);

describe('moveInMatrix', () => {
  it('starts on the first sector name', () => {
    expect(firstPlace(shape)).toEqual({ row: -1, col: 0 });
    expect(firstPlace({ rows: 2, cols: 0, filled: () => false })).toEqual({ row: 0, col: -1 });
  });

  it('moves along a partner’s partnerships, skipping empty sectors, and back to the partner’s name', () => {
    expect(move(0, -1, 'ArrowRight')).toEqual({ row: 0, col: 0 });
    expect(move(0, 0, 'ArrowRight')).toEqual({ row: 0, col: 2 });
    expect(move(0, 2, 'ArrowRight')).toBeNull();
    expect(move(0, 2, 'ArrowLeft')).toEqual({ row: 0, col: 0 });
    expect(move(1, 1, 'ArrowLeft')).toEqual({ row: 1, col: -1 });
    expect(move(1, -1, 'ArrowLeft')).toBeNull();
  });

  it('moves down a sector to the next partner with a partnership in it, and up to the sector’s name', () => {
    expect(move(-1, 0, 'ArrowDown')).toEqual({ row: 0, col: 0 });
    expect(move(0, 0, 'ArrowDown')).toEqual({ row: 2, col: 0 });
    expect(move(2, 0, 'ArrowDown')).toBeNull();
    expect(move(3, 2, 'ArrowUp')).toEqual({ row: 0, col: 2 });
    expect(move(0, 2, 'ArrowUp')).toEqual({ row: -1, col: 2 });
    expect(move(-1, 2, 'ArrowUp')).toBeNull();
  });

  it('walks the sector names along the top and the partner names down the side', () => {
    expect(move(-1, 0, 'ArrowRight')).toEqual({ row: -1, col: 1 });
    expect(move(-1, 0, 'ArrowLeft')).toBeNull();
    expect(move(0, -1, 'ArrowDown')).toEqual({ row: 1, col: -1 });
    expect(move(0, -1, 'ArrowUp')).toBeNull();
  });

  it('goes to the ends of a row with Home and End, and of the matrix with Control', () => {
    expect(move(0, 2, 'Home')).toEqual({ row: 0, col: -1 });
    expect(move(1, -1, 'End')).toEqual({ row: 1, col: 1 });
    expect(move(-1, 1, 'Home')).toEqual({ row: -1, col: 0 });
    expect(move(2, 0, 'Home', true)).toEqual({ row: -1, col: 0 });
    expect(move(0, 0, 'End', true)).toEqual({ row: 3, col: 2 });
  });

  it('jumps ten partners down a column with Page Down, or as far as it goes', () => {
    const tall: MatrixShape = { rows: 30, cols: 1, filled: () => true };
    expect(moveInMatrix(tall, { row: 0, col: 0 }, 'PageDown')).toEqual({ row: 10, col: 0 });
    expect(moveInMatrix(tall, { row: 25, col: 0 }, 'PageDown')).toEqual({ row: 29, col: 0 });
    expect(moveInMatrix(tall, { row: 5, col: 0 }, 'PageUp')).toEqual({ row: -1, col: 0 });
  });

  it('leaves other keys to the buttons', () => {
    expect(move(0, 0, 'Enter')).toBeNull();
    expect(move(0, 0, 'Tab')).toBeNull();
  });
});
