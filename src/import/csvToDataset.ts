import { inFile, type Result } from '../data/dataIssue';
import type { Dataset } from '../data/indexDataset';
import { decodeText } from './decodeText';
import { mappingProblems } from './columnFields';
import { analyzeRows, finishCsvImport, startCsvImport } from './importCsv';
import { defaultChoices, needsReview } from './importChoices';
import { loadCountryPlacesOrNone } from './countryPlaces';

/**
 * A CSV file's bytes to a dataset when no one is there to answer questions: a `?data=` link, or
 * the command line. Unknown columns, names and statuses are reported as problems instead of being
 * guessed; unknown sectors become sectors of their own, as on the page, since that loses no row.
 */
export async function csvToDataset(fileName: string, bytes: Uint8Array): Promise<Result<Dataset>> {
  const text = decodeText(fileName, bytes);
  if (!text.ok) return text;
  const started = startCsvImport(fileName, text.value);
  if (!started.ok) return started;
  const { missing } = mappingProblems(started.value.mapping);
  if (missing.length > 0) return { ok: false, issues: [inFile(fileName, { code: 'csvColumnsMissing', fields: missing })] };
  const analysis = analyzeRows(started.value.table, started.value.mapping);
  const unknown = analysis.issues.length === 0 && needsReview(analysis) ? [...analysis.unknownNames, ...analysis.unknownStatuses] : [];
  if (unknown.length > 0) {
    return {
      ok: false,
      issues: unknown.map((u) => ({
        at: { file: fileName, rows: u.rows, sheetColumn: u.column },
        problem: { code: 'csvUnknownValue', value: u.value },
      })),
    };
  }
  const done = finishCsvImport(started.value.table, analysis, defaultChoices(analysis), await loadCountryPlacesOrNone());
  return done.ok ? { ok: true, value: done.value.dataset } : done;
}
