import type { Cue, Span } from './types';
import type { Status } from '../model/statuses';

/**
 * Which status frames the others when a clause holds several: "prépare des accords pour
 * renforcer" is a plan (exploring), "could strengthen" a speculation (potential), "announced the
 * end of its support" an ending. The words of an action in operation come last: they are what
 * intent, speculation and endings are about.
 */
export const STATUS_PRECEDENCE: readonly Status[] = ['potential', 'exploring', 'ended', 'emerging', 'active'];

/** How many words after an ending a word of quarrel may stand for the ending to mend a tie ("end a months-long dispute"). */
const CONFLICT_REACH = 3;
/** How many words before an ending a preposition may stand for the ending to be background ("after a suspension"). */
const BACKGROUND_REACH = 2;

export interface ClauseCues {
  statuses: readonly Cue[];
  cooperation: readonly Cue[];
  joint: readonly Cue[];
  /** Joint words next to a field word ("joint patrols", "force conjointe"): an action of cooperation under way. */
  actions?: readonly Cue[];
  conflicts: readonly Cue[];
  background: readonly Cue[];
}

export type ClauseStatus =
  /** `negation` is set when a negated ending was read as a tie that goes on ("n'ont pas suspendu"). */
  | { kind: 'stated'; status: Status; cue: Cue; negation?: Cue }
  | { kind: 'negated'; cue: Cue }
  | { kind: 'unstated'; cue: Cue }
  | { kind: 'none' };

/**
 * The status a clause states, from its own words only. A negated ending is a tie that goes on
 * (active), and outweighs the other words of its clause; any other negated cue drops the claim. Ending a quarrel is mending a tie (active). An
 * ending right after "after"/"après" is background when the clause states something else. A
 * joint action ("joint patrols") with no status word is one under way (active). A word of
 * cooperation with no status word is `unstated`: no evidence of where the tie stands.
 */
export function clauseStatus(folded: string, cues: ClauseCues, negationOf: (cue: Cue) => Cue | null): ClauseStatus {
  const wordsBetween = (a: Span, b: Span) =>
    folded
      .slice(a.end, b.start)
      .split(/[\s']+/)
      .filter(Boolean).length;
  const mends = (c: Cue) => c.value === 'ended' && cues.conflicts.some((q) => q.start >= c.end && wordsBetween(c, q) <= CONFLICT_REACH);
  const inBackground = (c: Cue) =>
    c.value === 'ended' && cues.background.some((b) => b.end <= c.start && wordsBetween(b, c) <= BACKGROUND_REACH);

  let read: { status: Status; cue: Cue; negation?: Cue }[] = [];
  let negated: Cue | null = null;
  for (const cue of cues.statuses) {
    const negation = negationOf(cue);
    if (negation && cue.value === 'ended') read.push({ status: 'active', cue, negation });
    else if (negation) negated ??= negation;
    else read.push({ status: mends(cue) ? 'active' : (cue.value as Status), cue });
  }
  if (read.some((r) => !inBackground(r.cue))) read = read.filter((r) => !inBackground(r.cue));
  // A denied ending ("does not end Russia's presence") is said against the ending beside it: it frames the clause.
  const rank = (r: (typeof read)[number]) => (r.negation ? -1 : STATUS_PRECEDENCE.indexOf(r.status));
  const best = read.sort((a, b) => rank(a) - rank(b))[0];
  if (best) return { kind: 'stated', ...best };
  if (negated) return { kind: 'negated', cue: negated };
  const action = cues.actions?.[0];
  if (action) return { kind: 'stated', status: 'active', cue: action };
  const word = cues.cooperation[0] ?? cues.joint[0];
  return word ? { kind: 'unstated', cue: word } : { kind: 'none' };
}
