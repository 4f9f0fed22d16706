/**
 * Which actors a clause ties: its lists of actors, the list a relative clause hangs on, the
 * examples it lends, and the pairs they make.
 */
import { findPhrases } from './findPhrases';
import type { SentenceCues } from './findCues';
import type { Lexicon } from './lexicon/types';
import { inClause, type Clause } from './splitClauses';
import type { Mention } from './types';

/** How many characters may join two actors of one list (", ", " et le ", " and "). */
const LIST_GAP = 12;

/** Two actors a clause ties, each with the mentions that name them there; `implied` when the focus is understood. */
export interface Pair {
  actors: [string, string];
  mentions: Mention[];
  implied: boolean;
}

/**
 * The actors a clause names, as lists: actors joined by a comma or a list word ("Mali, Burkina
 * Faso and Niger") form one list. A relative clause adds, as a list of its own, the list just
 * before its pronoun: what it says, it says of them.
 */
export function clauseActors(clause: Clause, named: readonly Mention[], folded: string): Mention[][] {
  const inside = named.filter((m) => inClause(clause, m));
  const lists = groupLists(inside, folded);
  if (clause.relativeAt !== undefined) {
    const before = named.filter((m) => m.end <= clause.relativeAt!);
    const antecedent = groupLists(before, folded).at(-1);
    const last = antecedent?.at(-1);
    if (antecedent && last && /^[\s,]*$/.test(folded.slice(last.end, clause.relativeAt))) lists.unshift(antecedent);
  }
  return lists;
}

/**
 * Actors named as examples ("citant le Burkina Faso et le Niger", "including Chad") in a clause
 * that states nothing are the ones a previous clause spoke of ("les pays voisins"): they join
 * the nearest earlier clause that holds a status word, as a list of their own.
 */
export function lendExamples(
  clauses: readonly Clause[],
  actorsOf: Map<Clause, Mention[][]>,
  cues: SentenceCues,
  folded: string,
  lexicon: Lexicon,
) {
  const stated = (c: Clause) => cues.statuses.some((s) => inClause(c, s));
  clauses.forEach((clause, i) => {
    const lists = actorsOf.get(clause)!;
    const first = lists[0]?.[0];
    if (!first || stated(clause)) return;
    const before = folded.slice(clause.start, first.start);
    if (findPhrases(before, lexicon.examples).length === 0) return;
    const target = clauses.slice(0, i).reverse().find(stated);
    if (target) actorsOf.set(target, [...actorsOf.get(target)!, ...lists]);
  });
}

/** Whether the clause's first list stands right after "entre"/"between": its actors are partners of each other. */
export function reciprocal(lists: readonly Mention[][], folded: string, lexicon: Lexicon): boolean {
  const first = lists[0]?.[0];
  if (!first) return false;
  const before = folded.slice(Math.max(0, first.start - 16), first.start);
  return findPhrases(before, lexicon.between).some((hit) => /^\s*(?:(?:la|le|les|l'|the)\s*)?$/.test(before.slice(hit.end)));
}

/** How many words after "avec"/"with" the rules look for an actor before taking the partner for one they cannot name. */
const PARTNER_REACH = 4;

/** Whether the clause ties its actor "with" someone the rules cannot name ("avec les pays sahéliens"). */
export function hasUnnamedPartner(clause: Clause, named: readonly Mention[], folded: string, lexicon: Lexicon): boolean {
  return clause.parts.some((part) =>
    findPhrases(folded.slice(part.start, part.end), lexicon.partnerPrepositions).some((hit) => {
      const after = folded.slice(part.start + hit.end, part.end);
      const reach = part.start + hit.end + (after.match(new RegExp(`^(?:\\s*[^\\s]+){0,${PARTNER_REACH}}`))?.[0].length ?? 0);
      return !named.some((m) => m.start >= part.start + hit.end && m.start < reach);
    }),
  );
}

function groupLists(mentions: readonly Mention[], folded: string): Mention[][] {
  const lists: Mention[][] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const list = lists.at(-1);
    const last = list?.at(-1);
    const gap = last ? folded.slice(last.end, m.start) : '';
    const joined =
      last && gap.length <= LIST_GAP && /^\s*(?:,|\b(?:et|and|or|ou|ni|nor)\b)\s*(?:(?:la|le|les|l'|du|de|des|au|aux|the)\s*)*$/.test(gap);
    // Mentions on the same words ("les trois pays", one a member) are one list.
    const together = last !== undefined && m.start < last.end;
    if (list && (joined || together || last!.actorId === m.actorId)) list.push(m);
    else lists.push([m]);
  }
  return lists;
}

/**
 * The pairs a clause ties. The first list (the subject) is tied to each actor named after it.
 * Actors listed together are partners of each other when the clause says they act jointly
 * ("combined force", "les deux pays"). A clause that names one list only, with a word of a field
 * or of cooperation, ties its actors to the focus, understood when it is not among them
 * ("Nigeria, Ghana and Senegal have pledged troops" in an article about ECOWAS).
 */
export function pairsOf(lists: Mention[][], focus: string, clause: { joint: boolean; topical: boolean; unnamedPartner: boolean }): Pair[] {
  const ids = lists.map((l) => [...new Set(l.map((m) => m.actorId))]);
  const all = [...new Set(ids.flat())];
  const mentionsOf = (a: string, b: string) => lists.flat().filter((m) => m.actorId === a || m.actorId === b);
  const pairs = new Map<string, Pair>();
  const add = (a: string, b: string, implied = false) => {
    if (a === b) return;
    const actors = orderPair(a, b, focus);
    pairs.set(actors.join('|'), { actors, mentions: mentionsOf(a, b), implied });
  };
  const [first = [], ...later] = ids;
  // The first list is the clause's subject: it is tied to each actor named after it, not those to each other.
  for (const other of later) first.forEach((a) => other.forEach((b) => add(a, b)));
  // Actors listed together as the subject of a joint action are partners of each other too.
  if (clause.joint) first.forEach((a, i) => first.slice(i + 1).forEach((b) => add(a, b)));
  if (ids.length === 1 && (!clause.joint || all.length === 1) && clause.topical && !clause.unnamedPartner) {
    if (all.includes(focus)) all.forEach((b) => add(focus, b));
    else all.forEach((b) => add(focus, b, true));
  }
  return [...pairs.values()];
}

/** The focus first when it is one of the two, else the ids in alphabetical order, so a pair has one key. */
export function orderPair(a: string, b: string, focus: string): [string, string] {
  if (b === focus) return [b, a];
  if (a === focus) return [a, b];
  return a < b ? [a, b] : [b, a];
}
