import { statusOn, type DatedClaim } from '../data/claimTimeline';
import type { Dataset, Partnership } from '../data/indexDataset';
import { statusRank, type Status } from '../model/statuses';
import { relationId } from '../model/entityRef';

/** How a partnership moved between two dates. */
export type ChangeKind = 'started' | 'strengthened' | 'weakened' | 'ended';
export const CHANGE_KINDS: readonly ChangeKind[] = ['started', 'strengthened', 'weakened', 'ended'];

/** One partnership that moved between two dates, with the claims that moved it. */
export interface DateChange {
  readonly partnership: Partnership;
  readonly kind: ChangeKind;
  /** Its status on the first date; null when no claim spoke of it yet. */
  readonly before: Status | null;
  readonly after: Status;
  /** The claims dated in between (a claim taking effect, or a period of one ending), else those the new status rests on. */
  readonly claims: readonly DatedClaim[];
}

/**
 * What started, strengthened, weakened or ended between two ISO days (`from` before `to`; the
 * two are put in order if not), by the status the sources give on each: a partnership not yet
 * known, or ended, that holds on the second date started; one that holds and then ended, or
 * first appears already ended, ended; one that holds on both and moved along the order of
 * statuses strengthened or weakened. The list follows the order of `CHANGE_KINDS`, then the
 * dataset's order.
 */
export function compareDates(dataset: Dataset, from: string, to: string): DateChange[] {
  const [start, end] = from <= to ? [from, to] : [to, from];
  const changes: DateChange[] = [];
  for (const partnership of dataset.partnerships) {
    const before = statusOn(partnership.claims, start)?.status ?? null;
    const on = statusOn(partnership.claims, end);
    if (!on || on.status === before) continue;
    const kind = kindOf(before, on.status);
    if (!kind) continue;
    const between = partnership.claims.filter((claim) => inSpan(claim, start, end));
    changes.push({ partnership, kind, before, after: on.status, claims: between.length > 0 ? between : on.claims });
  }
  return CHANGE_KINDS.flatMap((kind) => changes.filter((change) => change.kind === kind));
}

function kindOf(before: Status | null, after: Status): ChangeKind | null {
  if (after === 'ended') return before === 'ended' ? null : 'ended';
  if (before === null || before === 'ended') return 'started';
  return statusRank(after) < statusRank(before) ? 'strengthened' : 'weakened';
}

/** Whether a claim takes effect, or its period stops holding, after `start` and by `end`. */
function inSpan(claim: DatedClaim, start: string, end: string): boolean {
  const takesEffect = claim.from !== null && claim.from > start && claim.from <= end;
  const stops = claim.until !== null && claim.until >= start && claim.until < end;
  return takesEffect || stops;
}

/** The mark each kind of change carries on the map and the network, beside its words: never colour alone. */
export const CHANGE_GLYPHS: Readonly<Record<ChangeKind, string>> = { started: '+', strengthened: '▲', weakened: '▼', ended: '×' };

/** The kinds of change of each pair of actors (by `relationId`), in the order of `CHANGE_KINDS`. */
export function changesByPair(changes: readonly DateChange[]): Map<string, ChangeKind[]> {
  const byPair = new Map<string, ChangeKind[]>();
  for (const { partnership, kind } of changes) {
    const [a, b] = partnership.actors;
    const id = relationId(a, b);
    const kinds = byPair.get(id) ?? [];
    if (!kinds.includes(kind)) kinds.push(kind);
    byPair.set(id, kinds);
  }
  return byPair;
}
