import { clauseStatus } from './clauseStatus';
import { findCues, findNegation, type SentenceCues } from './findCues';
import { findPhrases } from './findPhrases';
import type { Lexicon } from './lexicon/types';
import { GENERAL_SECTOR } from './lexicon/sectors';
import {
  brokeredLists,
  clauseActors,
  compoundLists,
  hasUnnamedPartner,
  lendExamples,
  pairsOf,
  partitiveLists,
  restatingLists,
  reciprocal,
  withoutAccuser,
  withoutPlaces,
  type Pair,
} from './pairActors';
import { inClause, splitClauses } from './splitClauses';
import type { Candidate, CandidateEvidence, Cue, EvidenceNote, Mention, Sentence, SkippedClaim, Span } from './types';

/** How far back (in sentences) a pair or a sector may be carried to a sentence that omits it. */
const CARRY_REACH = 3;
/** How close (in characters) a joint word must stand to a field word to name a joint action ("patrouilles conjointes"). */
const JOINT_ACTION_REACH = 3;

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

/**
 * The rules, clause by clause (see `splitClauses`; the headline and the words that attribute a
 * quotation propose nothing). A clause ties the actors it names (`pairsOf`): its subject list to
 * each actor named after it ("la Russie … avec le Burkina Faso"), listed actors to each other when
 * they act jointly, and a lone list to the focus, understood, when it names a field or a
 * cooperation. A relative clause or an appositive ("le Mali, où opère le groupe russe") also
 * names the actors it hangs on. The status is the clause's own, from the words nearest the pair
 * (`clauseStatus`): a clause with no status word proposes nothing. The sectors are the sector
 * words of the clause, those of a recent sentence when it says "in this field", or "general".
 */
export function buildCandidates(input: CandidateInput): { candidates: Candidate[]; skipped: SkippedClaim[] } {
  const { folded, sentences, focus, lexicon } = input;
  const byKey = new Map<string, Candidate>();
  const skipped: SkippedClaim[] = [];
  const history: { sentence: number; pairs: Pair[]; sectors: Cue[] }[] = [];

  for (const sentence of sentences.filter((s) => !s.skipped && !isHeadline(s, folded))) {
    const cues = findCues(folded, sentence, lexicon, input.roles);
    const named = withoutPlaces(
      input.mentions.filter((m) => m.sentence === sentence.index),
      folded,
      lexicon,
    );
    const clauses = splitClauses(folded, sentence, { ...lexicon.clauses, speech: lexicon.speech }, named, cues.statuses);
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
      const accusation = withoutAccuser(clause, actorsOf.get(clause)!, folded, lexicon);
      const lists = accusation?.lists ?? actorsOf.get(clause)!;
      if (accusation && !notes.some((n) => n.kind === 'hedged')) notes.push({ kind: 'hedged' });
      let pairs = pairsOf(lists, focus, {
        joint: own.joint.length > 0 || reciprocal(lists, folded, lexicon),
        // The accused alone is tied to no one: the focus is not understood as its partner.
        topical: !accusation && own.cooperation.length + own.joint.length + clauseSectors.length > 0,
        unnamedPartner: hasUnnamedPartner(clause, named, folded, lexicon),
        ending: own.statuses.some((s) => s.value === 'ended'),
        brokered: brokeredLists(lists, folded, lexicon),
        partitive: partitiveLists(lists, folded),
        restating: restatingLists(lists, folded, lexicon),
        compound: compoundLists(lists, folded),
        ...(findPhrases(folded.slice(clause.start, clause.end), lexicon.peacekeepers).length > 0 ? { understood: 'UN' } : {}),
      });
      const continues = own.joint.length > 0 || (named.length === 0 && clauseSectors.length > 0 && !namesSomeoneElse(sentence, input));
      if (lists.length === 0 && own.statuses.length > 0 && continues) {
        // A clause that names no actor but speaks of two acting together ("les deux pays"), or a sentence that
        // names none but states a status in a field ("les discussions ont porté sur l'énergie"), continues the
        // story of an earlier clause of its sentence, or of a recent sentence.
        // A clause of acting together ("la création d'une force unifiée") continues the story of actors named acting
        // together, not of one acting on another (the members of an alliance, not the bloc they left).
        const togetherOnly = own.joint.length > 0;
        const pick = (ps: Pair[]) => (togetherOnly ? ps.filter((p) => p.together) : ps);
        const earlier =
          pick(sentencePairs).length > 0
            ? { sentence: sentence.index, pairs: pick(sentencePairs) }
            : recent(
                history.map((h) => ({ ...h, pairs: pick(h.pairs) })),
                (h) => h.pairs.length > 0,
              );
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
              ...(accusation ? [{ kind: 'hedge' as const, value: 'hedged', ...accusation.verb }] : []),
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
 * that sentence is dropped. So is a general evidence whose status the article states for the
 * same pair in a field ("la Russie, déjà présente au Mali" beside "Russian instructors are
 * deployed in Mali"): it is the same tie said vaguely. A general candidate left with no evidence
 * is dropped with it.
 */
function withoutSubsumedGeneral(candidates: Candidate[]): Candidate[] {
  const specific = candidates.filter((c) => c.sector !== GENERAL_SECTOR);
  const bySentence = new Set(specific.flatMap((c) => c.evidence.map((e) => `${c.actors.join('|')}|${e.sentence}`)));
  const byStatus = new Set(specific.flatMap((c) => c.evidence.map((e) => `${c.actors.join('|')}|${e.status}`)));
  const subsumed = (c: Candidate, e: CandidateEvidence) =>
    bySentence.has(`${c.actors.join('|')}|${e.sentence}`) || byStatus.has(`${c.actors.join('|')}|${e.status}`);
  return candidates
    .map((c) => (c.sector === GENERAL_SECTOR ? { ...c, evidence: c.evidence.filter((e) => !subsumed(c, e)) } : c))
    .filter((c) => c.evidence.length > 0);
}

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
 * final"); each pair takes the words next to it, and among close words the framing one wins. A
 * pair whose focus is understood names one actor only, which does not place its statement: it
 * takes every status word of the clause ("La Chine a signé … un accord pour construire": emerging).
 */
function nearPair(statuses: readonly Cue[], pair: Pair): Cue[] {
  if (pair.mentions.length === 0 || statuses.length <= 1 || pair.implied) return [...statuses];
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
