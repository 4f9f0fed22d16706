import type { Analysis } from './analyzeRows';
import { toSlug } from '../text/fold';
import type { Status } from '../model/statuses';

export const LEAVE_OUT = 'leave-out';
export const AS_ORGANIZATION = 'organization';
export const NEW_SECTOR = 'new';

/**
 * What the person decided about each value outside the vocabulary, keyed by its folded form.
 * Names: leave their rows out, or keep them as organizations. Statuses: a status of the format,
 * or leave out. Sectors: a known sector, a new sector of the dataset, or leave out.
 */
export interface ImportChoices {
  names: ReadonlyMap<string, typeof LEAVE_OUT | typeof AS_ORGANIZATION>;
  statuses: ReadonlyMap<string, Status | typeof LEAVE_OUT>;
  sectors: ReadonlyMap<string, string>;
}

/**
 * The careful defaults: an unknown name or status leaves its rows out (nothing is invented), and
 * an unknown sector becomes a sector of its own, since a dataset may define any sector.
 */
export function defaultChoices(analysis: Analysis): ImportChoices {
  return {
    names: new Map(analysis.unknownNames.map((u) => [u.key, LEAVE_OUT])),
    statuses: new Map(analysis.unknownStatuses.map((u) => [u.key, LEAVE_OUT])),
    sectors: new Map(analysis.unknownSectors.map((u) => [u.key, NEW_SECTOR])),
  };
}

export function needsReview(analysis: Analysis): boolean {
  return analysis.unknownNames.length + analysis.unknownStatuses.length + analysis.unknownSectors.length > 0;
}

/** Turns free text into an id of the format: starts with a letter, letters, digits, "-" and "_", 64 at most. */
export function toIdentifier(text: string, prefix: string): string {
  const slug = toSlug(text);
  const id = /^[a-z]/.test(slug) ? slug : `${prefix}-${slug}`.replace(/-+$/, '');
  return id.slice(0, 64).replace(/-+$/, '');
}
