import { inFile, type Result } from '../data/dataIssue';
import type { Dataset } from '../data/indexDataset';
import { loadDataset, type Fetcher, type LoadOptions } from '../data/loadDataset';
import { readBody } from '../data/readBody';
import { LIMITS } from '../import/limits';
import { detectFormat } from '../import/readInput';
import { csvToDataset } from '../import/csvToDataset';

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
  return csvToDataset(fileName, body.bytes);
}
