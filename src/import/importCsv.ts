import type { DataIssue, Result } from '../data/dataIssue';
import type { Dataset } from '../data/indexDataset';
import { readCsv, type CsvTable } from './readCsv';
import { recognizeHeaders, type ColumnMapping } from './columnFields';
import { analyzeRows, type Analysis } from './analyzeRows';
import { buildDatasetJson, type LeftOut, type PlaceOf } from './buildDatasetJson';
import type { ImportChoices } from './importChoices';
import { datasetFromJson } from './datasetFromJson';

/** Reads the CSV text and recognises what it can of its columns. */
export function startCsvImport(fileName: string, text: string): Result<{ table: CsvTable; mapping: ColumnMapping }> {
  const table = readCsv(fileName, text);
  if (!table.ok) return table;
  return { ok: true, value: { table: table.value, mapping: recognizeHeaders(table.value.headers) } };
}

export interface CsvImported {
  dataset: Dataset;
  /** Each row left out by the person's choices, with why. */
  leftOut: readonly LeftOut[];
}

/**
 * Turns analysed rows and the person's choices into a dataset, through the same validation and
 * integrity checks as any JSON file. A problem the checks find in a record is located back in the
 * rows it came from, since a person with a CSV has never seen the JSON.
 */
export function finishCsvImport(table: CsvTable, analysis: Analysis, choices: ImportChoices, placeOf?: PlaceOf): Result<CsvImported> {
  if (analysis.issues.length > 0) return { ok: false, issues: analysis.issues };
  const built = buildDatasetJson(analysis, choices, table.fileName, placeOf);
  if (built.issues.length > 0) return { ok: false, issues: built.issues };
  if (built.json.partnerships.length === 0) {
    return {
      ok: false,
      issues: [{ at: { file: table.fileName }, problem: { code: 'noPartnership', allLeftOut: built.leftOut.length > 0 } }],
    };
  }
  const checked = datasetFromJson(built.json, new Map());
  if (!checked.ok) return { ok: false, issues: checked.issues.map((issue) => locateInRows(issue, table.fileName, built.rowsOf)) };
  return { ok: true, value: { dataset: checked.value, leftOut: built.leftOut } };
}

/** `partnerships[2].summary` is placed in the file's rows it came from: `data.csv, rows 4 and 9 (partnerships[2].summary)`. */
function locateInRows(issue: DataIssue, fileName: string, rowsOf: ReadonlyMap<string, number[]>): DataIssue {
  const path = issue.at.path ?? '';
  const record = /^(partnerships|events)\[\d+\]/.exec(path)?.[0];
  const rows = record ? rowsOf.get(record) : undefined;
  return { at: rows ? { file: fileName, rows, path } : { file: fileName, path }, problem: issue.problem };
}

export { analyzeRows };
