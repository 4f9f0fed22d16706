import { clauseStatus } from './clauseStatus';
import { findCues, findNegation, type SentenceCues } from './findCues';
import { findPhrases } from './findPhrases';
import type { Lexicon } from './lexicon/types';
import { GENERAL_SECTOR } from './lexicon/sectors';
import { inClause, splitClauses, type Clause } from './splitClauses';
import type { Candidate, CandidateEvidence, Cue, EvidenceNote, Mention, Sentence, SkippedClaim, Span } from './types';

/**
 * Whether a sentence names someone the rules do not know: a capitalised word past its first word
 * that is no actor's or person's name ("La Banque mondiale a suspendu…", "…in Ouagadougou").
 * Such a sentence is about them, so it does not continue an earlier pair's story.
 */
function namesSomeoneElse(sentence: Sentence, input: CandidateInput): boolean {
  const known = [...input.mentions, ...input.people.flatMap((p) => p.mentions)].filter((m) => m.sentence === sentence.index);
  return [...sentence.text.matchAll(/(?<![\p{L}'’])\p{Lu}[\p{L}-]*/gu)].some((m) => {
    const start = sentence.start + m.index;
    return m.index > 0 && !known.some((k) => k.start <= start && start < k.end);
  });
}

/**
 * Whether a sentence is the article's headline: its whole first line, with no final stop, followed
 * by more text. A headline compresses what the body says, in a grammar of its own ("Sahel juntas
 * announce joint force as ECOWAS exit takes effect"): the body's sentences are the evidence.
 */
function isHeadline(sentence: Sentence, folded: string): boolean {
  return (
    /^\s*$/.test(folded.slice(0, sentence.start)) &&
    /^[ \t]*\n\s*\S/.test(folded.slice(sentence.end)) &&
    !/[.!?…»"”]\s*$/.test(sentence.text)
  );
}

/** How far back (in sentences) a pair or a sector may be carried to a sentence that omits it. */
const CARRY_REACH = 3;
/** How close (in characters) a joint word must stand to a field word to name a joint action ("patrouilles conjointes"). */
const JOINT_ACTION_REACH = 3;
/** How many characters may join two actors of one list (", ", " et le ", " and "). */
const LIST_GAP = 12;

export interface CandidateInput {
  folded: string;
  sentences: readonly Sentence[];
  focus: string;
  /** Countries and organizations named outside people's roles. */
  mentions: readonly Mention[];
  /** People's mentions, to name the speaker of reported speech. */
  people: readonly { id: string; name: string; mentions: readonly Mention[] }[];
  roles: readonly Span[];
  lexicon: Lexicon;
}

/** Two actors a clause ties, each with the mentions that name them there; `implied` when the focus is understood. */
interface Pair {
  actors: [string, string];
  mentions: Mention[];
  implied: boolean;
}

/**
 * The rules, clause by clause. A clause (see `splitClauses`) ties the actors it names: actors on
 * either side of it ("la Russie … avec le Burkina") are tied to each other; actors listed together
 * are tied to each other when they are all the clause names ("Mali, Burkina Faso and Niger
 * announced the formation of a combined force"), or to the focus, which the article is about,
 * when one actor alone is named with a word of cooperation or of a field. A relative clause ("le
 * Mali, où opère le groupe russe") also names the actors it hangs on. The status is the clause's
 * own (`clauseStatus`): a clause with no status word proposes nothing. The sectors are the sector
 * words of the clause, those of a recent sentence when it says "in this field", or "general".
 */
export function buildCandidates(input: CandidateInput): { candidates: Candidate[]; skipped: SkippedClaim[] } {
  const { folded, sentences, focus, lexicon } = input;
  const byKey = new Map<string, Candidate>();
  const skipped: SkippedClaim[] = [];
  const history: { sentence: number; pairs: Pair[]; sectors: Cue[] }[] = [];

  for (const sentence of sentences.filter((s) => !s.skipped && !isHeadline(s, folded))) {
    const cues = findCues(folded, sentence, lexicon, input.roles);
    const named = input.mentions.filter((m) => m.sentence === sentence.index);
    const clauses = splitClauses(folded, sentence, { ...lexicon.clauses, speech: lexicon.speech }, named);
    const sentenceNotes: EvidenceNote[] = [];
    let sectors = cues.sectors;
    if (sectors.length === 0 && cues.anaphora.length > 0) {
      const earlier = recent(history, (h) => h.sectors.length > 0);
      if (earlier) {
        sectors = cues.anaphora.flatMap((a) => earlier.sectors.map((s) => ({ ...a, kind: 'sector' as const, value: s.value })));
        sentenceNotes.push({ kind: 'sectorCarried', fromSentence: earlier.sentence });
      }
    }
    // "n'a ni confirmé ni démenti" denies nothing.
    const denial = cues.denials.find((d) => !findNegation(folded, sentence, d, lexicon));
    const speaker = findSpeaker(cues, sentence, input.people);
    if (speaker) sentenceNotes.push({ kind: 'reported', speaker });
    if (cues.hedges.length > 0) sentenceNotes.push({ kind: 'hedged' });
    const sentencePairs: Pair[] = [];

    const actorsOf = new Map(clauses.map((c) => [c, clauseActors(c, named, folded)]));
    lendExamples(clauses, actorsOf, cues, folded, lexicon);

    for (const clause of clauses.filter((c) => !c.attribution)) {
      const here = <T extends Span>(list: readonly T[]) => list.filter((c) => inClause(clause, c));
      const own = {
        statuses: here(cues.statuses),
        cooperation: here(cues.cooperation),
        joint: here(cues.joint),
        conflicts: here(cues.conflicts),
        background: here(cues.background),
      };
      const clauseSectors = anaphoraOrOwn(here(sectors), sectors, cues);
      const notes = [...sentenceNotes];
      const lists = actorsOf.get(clause)!;
      let pairs = pairsOf(lists, focus, {
        joint: own.joint.length > 0 || reciprocal(lists, folded, lexicon),
        topical: own.cooperation.length + own.joint.length + clauseSectors.length > 0,
        unnamedPartner: hasUnnamedPartner(clause, named, folded, lexicon),
      });
      const continues = own.joint.length > 0 || (named.length === 0 && clauseSectors.length > 0 && !namesSomeoneElse(sentence, input));
      if (lists.length === 0 && own.statuses.length > 0 && continues) {
        // A clause that names no actor but speaks of two acting together ("les deux pays"), or a sentence that
        // names none but states a status in a field ("les discussions ont porté sur l'énergie"), continues the
        // story of an earlier clause of its sentence, or of a recent sentence.
        const earlier =
          sentencePairs.length > 0 ? { sentence: sentence.index, pairs: sentencePairs } : recent(history, (h) => h.pairs.length > 0);
        if (earlier) {
          pairs = earlier.pairs.map((p) => ({ ...p, mentions: [] }));
          if (earlier.sentence !== sentence.index) notes.push({ kind: 'partnerCarried', fromSentence: earlier.sentence });
        }
      }
      if (pairs.length === 0) continue;
      if (denial) {
        skipped.push({ sentence: sentence.index, reason: 'denied', cue: denial });
        break;
      }
      const part = (cue: Span) => clause.parts.find((p) => p.start <= cue.start && cue.end <= p.end) ?? clause;
      const sectorIds = clauseSectors.length > 0 ? [...new Set(clauseSectors.map((s) => s.value))] : [GENERAL_SECTOR];
      for (const pair of pairs) {
        const actions = own.joint.filter((j) =>
          clauseSectors.some((c) => Math.max(c.start - j.end, j.start - c.end) <= JOINT_ACTION_REACH),
        );
        const read = clauseStatus(folded, { ...own, actions, statuses: nearPair(own.statuses, pair) }, (cue) =>
          findNegation(folded, part(cue), cue, lexicon),
        );
        if (read.kind === 'none') continue;
        if (read.kind !== 'stated') {
          if (!skipped.some((k) => k.sentence === sentence.index && k.cue.start === read.cue.start))
            skipped.push({ sentence: sentence.index, reason: read.kind, cue: read.cue });
          continue;
        }
        sentencePairs.push(pair);
        const statusNotes: EvidenceNote[] = read.negation ? [{ kind: 'negatedEnding' }] : [];
        for (const sector of sectorIds) {
          const evidence: CandidateEvidence = {
            sentence: sentence.index,
            clause: { start: clause.start, end: clause.end },
            status: read.status,
            notes: [
              ...notes,
              ...statusNotes,
              ...(pair.implied ? [{ kind: 'focusImplied' as const }] : []),
              ...(clauseSectors.length > 0 ? [] : [{ kind: 'noSector' as const }]),
            ],
            cues: [
              ...pair.mentions.map((m): Cue => ({
                kind: m.actorId === focus ? 'focus' : 'partner',
                value: m.actorId,
                start: m.start,
                end: m.end,
              })),
              ...clauseSectors.filter((s) => s.value === sector),
              read.cue,
              ...(read.negation ? [read.negation] : []),
              ...cues.speech,
              ...cues.hedges,
            ].sort((a, b) => a.start - b.start),
          };
          addEvidence(byKey, pair, sector, evidence);
        }
      }
    }
    history.push({ sentence: sentence.index, pairs: sentencePairs, sectors });
  }
  return { candidates: withoutSubsumedGeneral([...byKey.values()]).map(settle), skipped };
}

/**
 * A sentence that gives a pair a field ("working with Mali, which have bought Turkish drones")
 * says more than the general cooperation another of its clauses states: the general evidence of
 * that sentence is dropped, and a general candidate left with none with it.
 */
function withoutSubsumedGeneral(candidates: Candidate[]): Candidate[] {
  const specific = new Set(
    candidates.filter((c) => c.sector !== GENERAL_SECTOR).flatMap((c) => c.evidence.map((e) => `${c.actors.join('|')}|${e.sentence}`)),
  );
  return candidates
    .map((c) =>
      c.sector === GENERAL_SECTOR ? { ...c, evidence: c.evidence.filter((e) => !specific.has(`${c.actors.join('|')}|${e.sentence}`)) } : c,
    )
    .filter((c) => c.evidence.length > 0);
}

/** The clause's sector words; a clause with none takes those of "in this field" elsewhere in its sentence. */
function anaphoraOrOwn(own: Cue[], sentenceSectors: readonly Cue[], cues: SentenceCues): Cue[] {
  if (own.length > 0) return own;
  return cues.sectors.length === 0 && cues.anaphora.length > 0 ? [...sentenceSectors] : [];
}

/** How much farther (in characters) than the nearest status word another may stand and still speak of the same pair. */
const STATUS_WINDOW = 30;

/**
 * The status words of a clause that speak of one pair: those nearest to both its actors. A clause
 * may state two things ("announced a combined force, the day their withdrawal from ECOWAS became
 * final"); each pair takes the words next to it, and among close words the framing one wins.
 */
function nearPair(statuses: readonly Cue[], pair: Pair): Cue[] {
  if (pair.mentions.length === 0 || statuses.length <= 1) return [...statuses];
  const distance = (cue: Cue) =>
    Math.max(
      ...pair.actors
        .map((id) => pair.mentions.filter((m) => m.actorId === id))
        .filter((ms) => ms.length > 0)
        .map((ms) => Math.min(...ms.map((m) => Math.max(0, m.start - cue.end, cue.start - m.end)))),
    );
  const nearest = Math.min(...statuses.map(distance));
  return statuses.filter((c) => distance(c) <= nearest + STATUS_WINDOW);
}

function recent<T extends { sentence: number }>(history: readonly T[], has: (h: T) => boolean): T | undefined {
  return history.slice(-CARRY_REACH).reverse().find(has);
}

/**
 * The actors a clause names, as lists: actors joined by a comma or a list word ("Mali, Burkina
 * Faso and Niger") form one list. A relative clause adds, as a list of its own, the list just
 * before its pronoun: what it says, it says of them.
 */
function clauseActors(clause: Clause, named: readonly Mention[], folded: string): Mention[][] {
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
function lendExamples(
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
function reciprocal(lists: readonly Mention[][], folded: string, lexicon: Lexicon): boolean {
  const first = lists[0]?.[0];
  if (!first) return false;
  const before = folded.slice(Math.max(0, first.start - 16), first.start);
  return findPhrases(before, lexicon.between).some((hit) => /^\s*(?:(?:la|le|les|l'|the)\s*)?$/.test(before.slice(hit.end)));
}

/** How many words after "avec"/"with" the rules look for an actor before taking the partner for one they cannot name. */
const PARTNER_REACH = 4;

/** Whether the clause ties its actor "with" someone the rules cannot name ("avec les pays sahéliens"). */
function hasUnnamedPartner(clause: Clause, named: readonly Mention[], folded: string, lexicon: Lexicon): boolean {
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
function pairsOf(lists: Mention[][], focus: string, clause: { joint: boolean; topical: boolean; unnamedPartner: boolean }): Pair[] {
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

function addEvidence(byKey: Map<string, Candidate>, pair: Pair, sector: string, evidence: CandidateEvidence) {
  const key = `${pair.actors.join('|')}|${sector}`;
  const found = byKey.get(key);
  if (found) {
    if (!found.evidence.some((e) => e.sentence === evidence.sentence && e.status === evidence.status)) found.evidence.push(evidence);
    return;
  }
  const id = `${pair.actors.join('-')}-${sector}`.toLowerCase().replace(/[^a-z0-9_-]/g, '');
  byKey.set(key, { id, actors: pair.actors, sector, status: evidence.status, disagrees: false, evidence: [evidence] });
}

/**
 * The candidate's status is that of its best evidence: one that names both actors over one that
 * understands the focus or carries a pair over, one not hedged over a hedged one, then the first.
 * Evidence of another status is kept, and the candidate says that its evidence disagrees.
 */
function settle(candidate: Candidate): Candidate {
  const weight = (e: CandidateEvidence) =>
    (e.notes.some((n) => n.kind === 'focusImplied' || n.kind === 'partnerCarried') ? 0 : 2) +
    (e.notes.some((n) => n.kind === 'hedged') ? 0 : 1);
  const best = [...candidate.evidence].sort((a, b) => weight(b) - weight(a) || a.sentence - b.sentence)[0]!;
  return { ...candidate, status: best.status, disagrees: candidate.evidence.some((e) => e.status !== best.status) };
}

/** The person named right next to a verb of speech ("a déclaré Diop", "Diop said"). */
function findSpeaker(cues: SentenceCues, sentence: Sentence, people: CandidateInput['people']): string | undefined {
  for (const verb of cues.speech) {
    for (const person of people) {
      const near = person.mentions.some(
        (m) => m.sentence === sentence.index && (Math.abs(m.start - verb.end) <= 2 || Math.abs(verb.start - m.end) <= 2),
      );
      if (near) return person.name;
    }
  }
  return undefined;
}
