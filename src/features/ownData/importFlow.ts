import type { DataIssue } from '../../data/dataIssue';
import type { Dataset } from '../../data/indexDataset';
import type { CsvTable } from '../../import/readCsv';
import type { ColumnMapping } from '../../import/columnFields';
import type { Analysis } from '../../import/analyzeRows';
import type { ImportChoices } from '../../import/importChoices';
import type { MergeReview } from '../../data/findMergeReview';
import type { DatasetOrigin } from '../../state/store';

/**
 * The steps of loading one's own data. Only `paste`, `mapping`, `review`, `merge` and `problems`
 * open the dialog; a file whose columns and values are all recognised loads without a question,
 * unless it is to be merged into the data on screen, which a person reviews first.
 */
export type Flow =
  | { step: 'idle' }
  | { step: 'paste' }
  | { step: 'checking'; label: string }
  | { step: 'mapping'; table: CsvTable; mapping: ColumnMapping }
  | { step: 'review'; table: CsvTable; mapping: ColumnMapping; analysis: Analysis; choices: ImportChoices }
  | MergeFlow
  | { step: 'problems'; label: string; issues: readonly DataIssue[]; back: Flow | null; merging?: boolean };

/** A checked dataset to merge into `current`, the dataset on screen it was reviewed against. */
export interface MergeFlow {
  step: 'merge';
  incoming: Loaded;
  current: Dataset;
  review: MergeReview;
}

/** What was on screen before a merge, for its undo. */
export interface BeforeMerge {
  dataset: Dataset;
  origin: DatasetOrigin;
}

/** What the toolbar says after a load: announced in a status region, so screen readers hear it too. */
export type Notice =
  | { kind: 'loaded'; label: string; partnerships: number; leftOut: number; saved: boolean }
  | { kind: 'back' }
  | { kind: 'merged'; label: string; dataset: Dataset; partnerships: number; saved: boolean; before: BeforeMerge }
  | { kind: 'undone'; before: BeforeMerge };

/** A whole dataset: a person's own, or the shipped one they went back to. */
export interface Loaded {
  kind: 'own' | 'shipped';
  label: string;
  dataset: Dataset;
  leftOutRows: number;
}

export const IDLE: Flow = { step: 'idle' };

/** The rows left out, counted once each even when a row had several reasons. */
export function countRows(leftOut: readonly { row: number }[]): number {
  return new Set(leftOut.map((l) => l.row)).size;
}
