import { inFile, type Result } from '../data/dataIssue';
import type { Dataset } from '../data/indexDataset';
import { loadDataset, type Fetcher, type LoadOptions } from '../data/loadDataset';
import { readBody } from '../data/readBody';
import { LIMITS } from '../import/limits';
import { decodeText } from '../import/decodeText';
import { detectFormat } from '../import/readInput';
import { mappingProblems } from '../import/columnFields';
import { analyzeRows, finishCsvImport, startCsvImport } from '../import/importCsv';
import { defaultChoices, needsReview } from '../import/importChoices';
import { loadCountryPlacesOrNone } from '../import/countryPlaces';

/**
 * The dataset a `?data=` link names: JSON in the published format, or a CSV whose columns are
 * recognised. Only http and https addresses are fetched. A link cannot ask anyone about unknown
 * names or columns, so those are reported as problems instead of being guessed.
 */
export async function loadFromLink(
  address: string,
  baseUri: string,
  fetcher: Fetcher = (u, init) => fetch(u, init),
  { signal, onProgress }: LoadOptions = {},
): Promise<Result<Dataset>> {
  const url = URL.canParse(address, baseUri) ? new URL(address, baseUri) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return { ok: false, issues: [{ at: { path: 'data' }, problem: { code: 'linkNotHttp' } }] };
  }
  const fileName = url.pathname.split('/').pop() || url.host;
  if (detectFormat(fileName, '') !== 'csv') return loadDataset(url.href, fetcher, { signal, onProgress });

  let response: Response;
  try {
    response = await fetcher(url.href, { signal });
  } catch {
    return { ok: false, issues: [inFile(fileName, signal?.aborted ? { code: 'cancelled' } : { code: 'unreachableOrRefused' })] };
  }
  if (!response.ok) return { ok: false, issues: [inFile(fileName, { code: 'httpStatus', status: response.status })] };
  // Counted as it arrives: a server that sends its file in chunks announces no length to check.
  const body = await readBody(response, { limitBytes: LIMITS.fileBytes, signal, onProgress });
  if (!body.ok) return { ok: false, issues: [inFile(fileName, body.problem)] };
  const text = decodeText(fileName, body.bytes);
  if (!text.ok) return text;
  const started = startCsvImport(fileName, text.value);
  if (!started.ok) return started;
  const { missing } = mappingProblems(started.value.mapping);
  if (missing.length > 0) return { ok: false, issues: [inFile(fileName, { code: 'csvColumnsMissing', fields: missing })] };
  const analysis = analyzeRows(started.value.table, started.value.mapping);
  // Unknown sectors become sectors of their own, as on the page; unknown names and statuses would lose rows.
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
