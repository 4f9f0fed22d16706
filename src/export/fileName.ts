import type { Filters } from '../model/filters';
import { toSlug } from '../text/fold';

/** A date at the end of a dataset id, as in `mali-partnerships-2024-02`: the name's last word. */
const TRAILING_DATE = /-(\d{4}(?:-\d{2}){0,2})$/;

/** Lower-case ASCII words joined by hyphens, safe on every file system. */
export function slug(text: string): string {
  return toSlug(text).slice(0, 80);
}

function isFiltered(filters: Filters): boolean {
  return filters.statuses.length + filters.sectors.length + filters.kinds.length > 0 || filters.search.trim() !== '';
}

/**
 * A file name that says what the file is: the dataset, what was exported, `filtered` when the
 * filters narrowed it, then the dataset's date, so files sort by subject and read in a folder:
 * `mali-partnerships-network-2024-02.png`, `mali-partnerships-filtered-2024-02.csv`.
 */
export function exportFileName(datasetId: string, what: string | null, filters: Filters, extension: string): string {
  const id = slug(datasetId) || 'partnerships';
  const match = TRAILING_DATE.exec(id);
  const stem = match ? id.slice(0, match.index) : id;
  const words = [stem, what ? slug(what) : '', isFiltered(filters) ? 'filtered' : '', match?.[1] ?? ''];
  return `${words.filter(Boolean).join('-')}.${extension}`;
}
