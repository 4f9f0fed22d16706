/**
 * Which actors a clause ties: its lists of actors, the list a relative clause hangs on, the
 * examples it lends, and the pairs they make.
 */
import { findPhrases } from './findPhrases';
import type { SentenceCues } from './findCues';
import { ORGANIZATIONS } from './lexicon/organizations';
import type { Lexicon } from './lexicon/types';
import { inClause, type Clause } from './splitClauses';
import type { Mention, Span } from './types';

/** How many characters may join two actors of one list (", ", " et le ", " and "). */
const LIST_GAP = 12;

/** Two actors a clause ties, each with the mentions that name them there; `implied` when the focus is understood. */
export interface Pair {
  actors: [string, string];
  mentions: Mention[];
  implied: boolean;
  /** Whether the two were named acting together (listed as partners of each other), not one acting on the other. */
  together?: boolean;
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
  if (clause.subjectFrom) {
    // A participle or a coordinated verb says what the subject of the clause before did.
    const from = clause.subjectFrom;
    const subject = groupLists(
      named.filter((m) => m.start >= from.start && m.end <= from.end),
      folded,
    )[0];
    const own = new Set(lists.flat().map((m) => m.actorId));
    if (subject && !subject.some((m) => own.has(m.actorId))) lists.unshift(subject);
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
    // A shared subject is not one of the examples.
    const all = actorsOf.get(clause)!;
    const lists = clause.subjectFrom ? all.filter((l) => l.some((m) => inClause(clause, m))) : all;
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

/**
 * A clause of accusation ("Ghana accuses Togo of arming rebels", "le Ghana accuse le Togo
 * d'héberger…"): the lists named before the verb are the accuser, no partner of anyone the clause
 * names; the lists after it are the accused and what it is said to do. Returns the lists without
 * the accuser, and the verb, or null when the clause accuses no one.
 */
export function withoutAccuser(
  clause: Clause,
  lists: Mention[][],
  folded: string,
  lexicon: Lexicon,
): { lists: Mention[][]; verb: Span } | null {
  for (const part of clause.parts) {
    const hit = findPhrases(folded.slice(part.start, part.end), lexicon.accusations)[0];
    if (!hit) continue;
    const verb = { start: part.start + hit.start, end: part.start + hit.end };
    return { lists: lists.filter((l) => l.some((m) => m.start >= verb.end)), verb };
  }
  return null;
}

/** How many words after "avec"/"with" the rules look for an actor before taking the partner for one they cannot name. */
const PARTNER_REACH = 4;

/**
 * Whether the clause ties its actor "with" someone the rules cannot name ("avec les pays
 * sahéliens"), or names its partner by its relation to the subject ("à son voisin", "its allies").
 */
export function hasUnnamedPartner(clause: Clause, named: readonly Mention[], folded: string, lexicon: Lexicon): boolean {
  if (clause.parts.some((part) => findPhrases(folded.slice(part.start, part.end), lexicon.relationNouns).length > 0)) return true;
  return clause.parts.some((part) =>
    findPhrases(folded.slice(part.start, part.end), lexicon.partnerPrepositions).some((hit) => {
      const after = folded.slice(part.start + hit.end, part.end);
      const reach = part.start + hit.end + (after.match(new RegExp(`^(?:\\s*[^\\s]+){0,${PARTNER_REACH}}`))?.[0].length ?? 0);
      return !named.some((m) => m.start >= part.start + hit.end && m.start < reach);
    }),
  );
}

/** An article or a preposition between a noun of place and the actor that completes it ("port de", "the port of the"). */
const PLACE_LINK = /^\s+(?:(?:de|d'|du|des|of)\s*)?(?:(?:la|le|les|l'|the)\s*)?$/;

/**
 * The mentions that name a party, not a place: an actor named as the complement or the adjective
 * of a noun of place ("in the port of Lomé", "vers un port ivoirien", "a Chinese city") is where
 * something happens, not one side of a tie.
 */
export function withoutPlaces(named: readonly Mention[], folded: string, lexicon: Lexicon): Mention[] {
  return named.filter((m) => {
    // Words inside a longer name are part of it ("Sahel States" in "Alliance of Sahel States").
    const nested = named.some((n) => n.start <= m.start && m.end <= n.end && n.end - n.start > m.end - m.start);
    if (nested) return false;
    const before = folded.slice(Math.max(0, m.start - 24), m.start);
    const nouns = [...lexicon.placeNouns, ...lexicon.edgeNouns];
    const place = findPhrases(before, nouns).some((hit) => PLACE_LINK.test(before.slice(hit.end)));
    const after = folded.slice(m.end, m.end + 16);
    const edge =
      m.via === 'adjective' &&
      (findPhrases(before, lexicon.edgeNouns).some((hit) => /^\s+$/.test(before.slice(hit.end))) ||
        findPhrases(after, lexicon.edgeNouns).some((hit) => /^\s+$/.test(after.slice(0, hit.start))));
    return !place && !edge;
  });
}

/**
 * The lists a clause names as the parties a go-between brokers ("could act as a bridge between
 * the bloc and the alliance", "médiateur entre Bamako et les rebelles"), by their index.
 */
export function brokeredLists(lists: readonly Mention[][], folded: string, lexicon: Lexicon): Set<number> {
  const phrases = lexicon.mediation.flatMap((m) => lexicon.between.map((b) => `${m} … ${b}`));
  const brokered = new Set<number>();
  lists.forEach((list, i) => {
    const first = list[0];
    if (!first || i === 0) return;
    const before = folded.slice(Math.max(0, first.start - 48), first.start);
    // The list may be the second party, after one the rules cannot name ("between the bloc and the alliance").
    const opens = findPhrases(before, phrases).some((hit) => /^(?:\s*[^\s,;.]+){0,5}\s*$/.test(before.slice(hit.end)));
    if (opens) brokered.add(i);
  });
  return brokered;
}

/**
 * The lists that are a group named as the set something belongs to ("the most receptive of the
 * three capitals", "l'un des deux pays", "among the juntas"), by their index.
 */
export function partitiveLists(lists: readonly Mention[][], folded: string): Set<number> {
  const partitive = new Set<number>();
  lists.forEach((list, i) => {
    const first = list[0];
    if (!first || !list.every((m) => m.via === 'group')) return;
    if (/\b(?:of|among|des|d'entre|parmi)\s+(?:the\s+|les\s+)?$/.test(folded.slice(Math.max(0, first.start - 16), first.start)))
      partitive.add(i);
  });
  return partitive;
}

/**
 * The groups of a clause that restate its subject ("Nigeria and Niger signed a memorandum, the
 * first agreement between the two neighbours"): a group of as many actors as the subject list,
 * sharing one with it, is that list named again, whatever earlier sentence its words could also
 * point to. `between` says one stands after "between": the subject's actors are partners of each other.
 */
export function restatingLists(lists: readonly Mention[][], folded: string, lexicon: Lexicon): { lists: Set<number>; between: boolean } {
  const subject = new Set(lists[0]?.map((m) => m.actorId) ?? []);
  const restating = new Set<number>();
  let between = false;
  lists.forEach((list, i) => {
    const ids = new Set(list.map((m) => m.actorId));
    if (i === 0 || subject.size < 2 || !list.every((m) => m.via === 'group') || ids.size !== subject.size) return;
    if (![...ids].some((id) => subject.has(id))) return;
    restating.add(i);
    const before = folded.slice(Math.max(0, list[0]!.start - 16), list[0]!.start);
    if (findPhrases(before, lexicon.between).some((hit) => /^\s*(?:(?:la|le|les|l'|the)\s*)?$/.test(before.slice(hit.end)))) between = true;
  });
  return { lists: restating, between };
}

/** The lists that are two names joined by a hyphen or a slash ("l'oléoduc Niger-Bénin", "Mali-Russia talks"), by their index. */
export function compoundLists(lists: readonly Mention[][], folded: string): Set<number> {
  const compound = new Set<number>();
  lists.forEach((list, i) => {
    if (list.some((m, j) => j > 0 && /^[-–/]$/.test(folded.slice(list[j - 1]!.end, m.start)))) compound.add(i);
  });
  return compound;
}

/** The organizations whose known membership includes every one of these actors. */
function organizationsOfAll(actors: readonly string[]): Set<string> {
  return new Set(ORGANIZATIONS.filter((o) => o.members && actors.every((a) => o.members!.includes(a))).map((o) => o.id));
}

function groupLists(mentions: readonly Mention[], folded: string): Mention[][] {
  const lists: Mention[][] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const list = lists.at(-1);
    const last = list?.at(-1);
    const gap = last ? folded.slice(last.end, m.start) : '';
    const joined =
      last && gap.length <= LIST_GAP && /^\s*(?:,|\b(?:et|and|or|ou|ni|nor)\b)\s*(?:(?:la|le|les|l'|du|de|des|au|aux|the)\s*)*$/.test(gap);
    // Mentions on the same words ("les trois pays", one a member) are one list. An actor named again joins its
    // list, but a group further on ("…, the first agreement between the two neighbours") names others with it.
    const together = last !== undefined && m.start < last.end;
    // Two names joined by a hyphen or a slash ("l'oléoduc Niger-Bénin", "Mali-Russia talks") name one bilateral thing.
    const compound = last !== undefined && /^[-–/]$/.test(gap);
    if (list && (joined || compound || together || (last!.actorId === m.actorId && !(m.via === 'group' && gap.length > LIST_GAP))))
      list.push(m);
    else lists.push([m]);
  }
  return lists;
}

/** What the rules know of a clause beside its lists, for `pairsOf`. */
export interface PairingClause {
  joint: boolean;
  topical: boolean;
  unnamedPartner: boolean;
  /** Whether the clause states an ending: members leaving their organization are tied to it. */
  ending?: boolean;
  /** The groups named as the set something belongs to (see `partitiveLists`). */
  partitive?: ReadonlySet<number>;
  /** Who a lone list is tied to when the clause names no partner: the focus, or the UN for peacekeepers. */
  understood?: string;
  /** The lists that are two names joined by a hyphen (see `compoundLists`). */
  compound?: ReadonlySet<number>;
  /** The lists a go-between brokers (see `brokeredLists`). */
  brokered?: ReadonlySet<number>;
  /** The groups that restate the subject (see `restatingLists`), and whether one stands after "between". */
  restating?: { lists: ReadonlySet<number>; between: boolean };
}

/**
 * The pairs a clause ties. The first list (the subject) is tied to each actor named after it,
 * except to a group that counts the subject among its members ("the most receptive of the three
 * capitals", "le plus riche des deux pays"), which is the set it belongs to, not a partner; to a
 * group that names the subject again ("the first agreement between the two neighbours"); and to
 * the parties of a go-between, who are tied to each other.
 * Actors listed together are partners of each other when the clause says they act jointly
 * ("combined force", "les deux pays"), or when they are named with an organization they all
 * belong to ("ont signé le traité instituant l'AES"): members acting within their organization
 * are partners of each other, not of it, unless they leave it. A clause that names one list
 * only, with a word of a field or of cooperation, ties its actors to the focus, understood when
 * it is not among them ("Nigeria, Ghana and Senegal have pledged troops" in an article about
 * ECOWAS), but not members of the focus, an organization, acting within it.
 */
export function pairsOf(lists: Mention[][], focus: string, clause: PairingClause): Pair[] {
  const ids = lists.map((l) => [...new Set(l.map((m) => m.actorId))]);
  const all = [...new Set(ids.flat())];
  const mentionsOf = (a: string, b: string) => lists.flat().filter((m) => m.actorId === a || m.actorId === b);
  const pairs = new Map<string, Pair>();
  const add = (a: string, b: string, implied = false) => {
    if (a === b) return;
    const actors = orderPair(a, b, focus);
    pairs.set(actors.join('|'), { actors, mentions: mentionsOf(a, b), implied });
  };
  const addTogether = (a: string, b: string) => {
    add(a, b);
    const pair = pairs.get(orderPair(a, b, focus).join('|'));
    if (pair) pair.together = true;
  };
  const [first = [], ...later] = ids;
  const ownOrganizations = first.length > 1 && !clause.ending ? organizationsOfAll(first) : new Set<string>();
  const named = new Set(later.flat());
  const withinOrganization = [...ownOrganizations].some((o) => named.has(o));
  // The first list is the clause's subject: it is tied to each actor named after it, not those to each other.
  later.forEach((other, i) => {
    if (clause.partitive?.has(i + 1) && other.some((b) => first.includes(b))) return;
    if (clause.restating?.lists.has(i + 1)) return;
    if (clause.brokered?.has(i + 1)) {
      const list = lists[i + 1]!;
      const apart = (a: string, b: string) =>
        !list.some((m) => m.actorId === a && list.some((n) => n.actorId === b && m.start < n.end && n.start < m.end));
      other.forEach((a, j) => other.slice(j + 1).forEach((b) => apart(a, b) && addTogether(a, b)));
      return;
    }
    first.forEach((a) => other.forEach((b) => !ownOrganizations.has(b) && add(a, b)));
  });
  // Two names joined by a hyphen name a thing of theirs ("the Niger-Benin pipeline"): they are partners.
  ids.forEach((list, i) => {
    if (clause.compound?.has(i)) list.forEach((a, j) => list.slice(j + 1).forEach((b) => addTogether(a, b)));
  });
  // Actors listed together as the subject of a joint action are partners of each other too.
  const restatedBetween = clause.restating?.between === true;
  if (clause.joint || withinOrganization || restatedBetween) first.forEach((a, i) => first.slice(i + 1).forEach((b) => addTogether(a, b)));
  if (ids.length === 1 && (!clause.joint || all.length === 1) && clause.topical && !clause.unnamedPartner) {
    // A member acting in an article about its organization acts within it, unless it leaves it.
    const members = !clause.ending ? (ORGANIZATIONS.find((o) => o.id === focus)?.members ?? []) : [];
    const partner = clause.understood ?? focus;
    if (all.includes(partner)) all.forEach((b) => add(partner, b));
    else all.filter((b) => !members.includes(b)).forEach((b) => add(partner, b, true));
  }
  return [...pairs.values()];
}

/** The focus first when it is one of the two, else the ids in alphabetical order, so a pair has one key. */
export function orderPair(a: string, b: string, focus: string): [string, string] {
  if (b === focus) return [b, a];
  if (a === focus) return [a, b];
  return a < b ? [a, b] : [b, a];
}
