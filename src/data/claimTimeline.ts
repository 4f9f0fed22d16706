import type { EvidenceJson, SourceJson } from './schema';
import { statusRank, type Status } from '../model/statuses';

/**
 * One claim of a partnership placed in time. `from` is the day the claim speaks of (its own date,
 * else its source's publication date), `until` the last day of the period it speaks of; a claim
 * with neither is undated and holds at every date.
 */
export interface DatedClaim {
  readonly claim: EvidenceJson;
  readonly status: Status;
  readonly from: string | null;
  readonly until: string | null;
  /** Where the date comes from: the claim itself, the event it rests on, its source's publication; null when undated. */
  readonly datedBy: 'claim' | 'event' | 'source' | null;
}

/** One moment of a partnership's timeline: a claim taking effect, or a period's end. */
interface Step {
  readonly date: string | null;
  readonly status: Status;
  readonly source: string;
  readonly claim: DatedClaim;
}

/** The two or more statuses the sources give for one partnership on one date, each with its claims. */
export interface Disagreement {
  readonly sides: readonly { readonly status: Status; readonly claims: readonly DatedClaim[] }[];
}

/** What the sources say of a partnership on a date: its status, and whether they disagree. */
export interface StatusOnDate {
  readonly status: Status;
  readonly disagreement: Disagreement | null;
  /** The claims the status rests on (the latest of each source that speaks by then). */
  readonly claims: readonly DatedClaim[];
}

/**
 * The claims of a partnership with their dates, in date order (undated ones first, in their
 * order). A claim is dated by its own date, else by the event it rests on, else by its source's
 * publication; failing all three it is undated, never given a date of our own.
 */
export function toDatedClaims(
  evidence: readonly EvidenceJson[],
  sourceById: ReadonlyMap<string, Pick<SourceJson, 'published'>>,
  eventDates: ReadonlyMap<string, string | undefined> = new Map(),
): DatedClaim[] {
  const dated = evidence.map((claim): DatedClaim => {
    const eventDate = claim.event === undefined ? undefined : eventDates.get(claim.event);
    const published = sourceById.get(claim.source)?.published;
    const [from, datedBy] = claim.date
      ? [claim.date, 'claim' as const]
      : eventDate
        ? [eventDate, 'event' as const]
        : published
          ? [published, 'source' as const]
          : [null, null];
    return { claim, status: claim.status, from, until: claim.endDate ?? null, datedBy };
  });
  return dated.sort((a, b) => compareDates(a.from, b.from));
}

const compareDates = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);

/** The day after an ISO date: a period's claim stops holding then. */
function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * The steps of a timeline: each claim where it takes effect, and, for a claim over a period, the
 * day after the period, where that source says no more than "ended". Steps of one date keep their
 * claims' order.
 */
function toSteps(claims: readonly DatedClaim[]): Step[] {
  const steps: Step[] = [];
  for (const claim of claims) {
    steps.push({ date: claim.from, status: claim.status, source: claim.claim.source, claim });
    if (claim.until !== null) steps.push({ date: dayAfter(claim.until), status: 'ended', source: claim.claim.source, claim });
  }
  return steps.sort((a, b) => compareDates(a.date, b.date));
}

/**
 * The status of a partnership on `date` (an ISO day; `null` for the latest the sources speak of),
 * or null when no claim speaks of that date or before (the partnership is not yet known).
 *
 * Each source counts by its latest step on or before the date. The status shown is the latest
 * step's. Sources disagree when, on the latest date, they give different statuses, or when an
 * earlier source's status is stronger than a later one that does not say "ended": a later source
 * calling a partnership weaker without saying it ended contradicts, rather than updates, the
 * earlier one (the article's "potential" security partner that an earlier source shows handing
 * over drones). A later "ended", or a later stronger status, is a change over time, not a
 * disagreement. Undated claims hold at every date, and disagree with any other status.
 */
export function statusOn(claims: readonly DatedClaim[], date: string | null): StatusOnDate | null {
  const latestBySource = new Map<string, Step>();
  const undated: Step[] = [];
  for (const step of toSteps(claims)) {
    if (step.date === null) undated.push(step);
    else if (date === null || step.date <= date) latestBySource.set(step.source, step);
  }
  const dated = [...latestBySource.values()].sort((a, b) => compareDates(a.date, b.date));
  const latest = dated.at(-1) ?? undated[0];
  if (!latest) return null;

  // A source's status that a later one changed in a way that is not a disagreement (a later
  // stronger status, or an end) is history, not a side: drones seen in December, then handed over
  // in March, is one story.
  const standing = dated.filter(
    (step) => !dated.some((later) => later.date! > step.date! && later.status !== step.status && !disagrees(step, later)),
  );
  const considered = [...undated, ...standing];
  const disagreeing = considered.filter((step) => step !== latest && disagrees(step, latest));
  const rested = dedupe(considered.map((step) => step.claim));
  if (disagreeing.length === 0) return { status: latest.status, disagreement: null, claims: rested };
  const sides = new Map<Status, DatedClaim[]>();
  for (const step of [latest, ...disagreeing]) sides.set(step.status, dedupe([...(sides.get(step.status) ?? []), step.claim]));
  return {
    status: latest.status,
    disagreement: { sides: [...sides].map(([status, sideClaims]) => ({ status, claims: sideClaims })) },
    claims: rested,
  };
}

function disagrees(earlier: Step, latest: Step): boolean {
  if (earlier.status === latest.status) return false;
  if (earlier.date === null || latest.date === null || earlier.date === latest.date) return true;
  // A later "ended", a later stronger status, or a restart after an end is a change over time.
  if (latest.status === 'ended' || earlier.status === 'ended') return false;
  return statusRank(latest.status) > statusRank(earlier.status);
}

const dedupe = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** When a partnership began and, if it has ended, when: from its dated claims, never invented. */
export function spanOf(claims: readonly DatedClaim[]): { since: string | null; until: string | null } {
  const steps = toSteps(claims).filter((step) => step.date !== null);
  const since = steps.find((step) => step.status !== 'ended')?.date ?? null;
  const last = statusOn(claims, null);
  const until = last?.status === 'ended' ? (steps.filter((step) => step.status === 'ended').at(-1)?.date ?? null) : null;
  return { since, until };
}

/** Every date on which some claim takes effect or stops holding, in order: where a timeline moves. */
export function changeDates(claims: readonly DatedClaim[]): string[] {
  return dedupe(toSteps(claims).flatMap((step) => (step.date === null ? [] : [step.date])));
}
