import type { Dataset } from '../../data/indexDataset';
import type { SectorCount } from '../../derive/toSectorBreakdown';
import { toHighlight } from '../../derive/relations';
import type { Pick } from '../../state/store';

/** A bar segment's key: its sector and status. */
export const segmentKey = (sector: string, status: string) => `${sector}|${status}`;

/** Which segment each shown partnership is counted in. */
export function toSegmentIndex(counts: readonly SectorCount[]): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  for (const count of counts) for (const s of count.segments) for (const id of s.partnershipIds) index.set(id, segmentKey(count.sector.id, s.status));
  return index;
}

export interface SegmentEmphasis {
  /** The segments that hold a partnership the pick brings forward. */
  keys: ReadonlySet<string>;
  /** Whether the pick brings any partnership forward at all, shown or not. */
  any: boolean;
}

const NONE: SegmentEmphasis = { keys: new Set(), any: false };

/**
 * The segments a pick lights up, remembered for the last pick: every segment asks the same
 * question on each store change, and only the first one computes the answer. So each segment can
 * subscribe on its own, and a hover re-renders the two or three segments it changes.
 */
export function segmentEmphasisOf(): (dataset: Dataset, pick: Pick | null, index: ReadonlyMap<string, string>) => SegmentEmphasis {
  let last: { dataset: Dataset; pick: Pick | null; index: ReadonlyMap<string, string>; emphasis: SegmentEmphasis } | null = null;
  return (dataset, pick, index) => {
    if (!pick) return NONE;
    if (last?.dataset === dataset && last.pick === pick && last.index === index) return last.emphasis;
    const { partnerships } = toHighlight(dataset, pick);
    const keys = new Set<string>();
    for (const id of partnerships) {
      const key = index.get(id);
      if (key) keys.add(key);
    }
    last = { dataset, pick, index, emphasis: { keys, any: partnerships.size > 0 } };
    return last.emphasis;
  };
}

export type SegmentEmphasisOf = ReturnType<typeof segmentEmphasisOf>;
