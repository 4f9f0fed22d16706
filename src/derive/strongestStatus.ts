import { STATUSES, type Status } from '../data/schema';

/** Statuses from strongest to weakest: the order of `STATUSES`. */
export function statusRank(status: Status): number {
  return STATUSES.indexOf(status);
}

/** The strongest of some statuses (active beats emerging beats ... beats ended), or null if none. */
export function strongestStatus(statuses: Iterable<Status>): Status | null {
  let best: Status | null = null;
  for (const status of statuses) {
    if (best === null || statusRank(status) < statusRank(best)) best = status;
  }
  return best;
}
