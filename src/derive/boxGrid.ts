/** An axis-aligned box: left, top, right, bottom. */
export interface GridBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * A uniform grid over boxes, so a label placement asks "what could this box touch?" of the few
 * boxes near it instead of every box placed so far: hundreds of labels stay a few milliseconds
 * rather than an O(n²) scan. `near` returns a superset (every box sharing a cell), in the order
 * the boxes were added, so a caller that sums over them adds in the same order as a full scan.
 */
export interface BoxGrid {
  add(box: GridBox): void;
  near(box: GridBox): number[];
  /** Whether any box of the grid overlaps `box` over some area (touching edges do not count). */
  overlapsAny(box: GridBox): boolean;
  readonly boxes: readonly GridBox[];
}

/** One number per cell; exact for cells within ±2^20 of the origin, far beyond any drawing. */
const cellKey = (cx: number, cy: number) => cx * 4_194_304 + cy;

export function createBoxGrid(cellSize: number): BoxGrid {
  const cells = new Map<number, number[]>();
  const boxes: GridBox[] = [];
  let stamp = 0;
  const seen: number[] = [];
  const cellRange = (box: GridBox) => [
    Math.floor(box.x0 / cellSize),
    Math.floor(box.y0 / cellSize),
    Math.floor(box.x1 / cellSize),
    Math.floor(box.y1 / cellSize),
  ];
  return {
    boxes,
    add(box) {
      const index = boxes.push(box) - 1;
      const [cx0, cy0, cx1, cy1] = cellRange(box);
      for (let cx = cx0!; cx <= cx1!; cx++) {
        for (let cy = cy0!; cy <= cy1!; cy++) {
          const key = cellKey(cx, cy);
          const cell = cells.get(key);
          if (cell) cell.push(index);
          else cells.set(key, [index]);
        }
      }
    },
    near(box) {
      stamp += 1;
      const found: number[] = [];
      const [cx0, cy0, cx1, cy1] = cellRange(box);
      let cellsHit = 0;
      for (let cx = cx0!; cx <= cx1!; cx++) {
        for (let cy = cy0!; cy <= cy1!; cy++) {
          const cell = cells.get(cellKey(cx, cy));
          if (!cell) continue;
          cellsHit += 1;
          for (const index of cell) {
            if (seen[index] === stamp) continue;
            seen[index] = stamp;
            found.push(index);
          }
        }
      }
      // One cell's list is already in the order its boxes were added.
      return cellsHit > 1 ? found.sort((a, b) => a - b) : found;
    },
    overlapsAny(box) {
      // Asked for every candidate position of every label: no array is made, and the first hit answers.
      const cx0 = Math.floor(box.x0 / cellSize);
      const cx1 = Math.floor(box.x1 / cellSize);
      const cy0 = Math.floor(box.y0 / cellSize);
      const cy1 = Math.floor(box.y1 / cellSize);
      for (let cx = cx0; cx <= cx1; cx++) {
        for (let cy = cy0; cy <= cy1; cy++) {
          const cell = cells.get(cellKey(cx, cy));
          if (!cell) continue;
          for (let i = 0; i < cell.length; i++) {
            const other = boxes[cell[i]!]!;
            if (other.x0 < box.x1 && box.x0 < other.x1 && other.y0 < box.y1 && box.y0 < other.y1) return true;
          }
        }
      }
      return false;
    },
  };
}
