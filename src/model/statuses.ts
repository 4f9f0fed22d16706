/**
 * How far along a partnership is, from strongest to weakest: the order of `STATUSES` is the order
 * every view sorts and stacks by, and the one `statusRank` and `strongestStatus` compare with.
 */
export const STATUSES = ['active', 'emerging', 'exploring', 'potential', 'ended'] as const;
export type Status = (typeof STATUSES)[number];

/** Which way a partnership is heading, where its source says so. */
export const TRENDS = ['strengthening', 'stable', 'weakening'] as const;
export type Trend = (typeof TRENDS)[number];

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
