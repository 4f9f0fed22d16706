import { findCues, findNegation, strongest, type SentenceCues } from './findCues';
import type { Lexicon } from './lexicon/types';
import { GENERAL_SECTOR } from './lexicon/sectors';
import type { Candidate, CandidateEvidence, Cue, EvidenceNote, Mention, Sentence, SkippedClaim, Span } from './types';
import type { Status } from '../model/statuses';

/** How far back (in sentences) a partner or a sector may be carried to a sentence that omits it. */
const CARRY_REACH = 3;

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
 * The rules, sentence by sentence. A sentence proposes a partnership of the focus with each other
 * actor it names when it holds a status cue or a word of cooperation. The status is the cue
 * nearest before the partner (else after it); a negated cue or a denial proposes nothing. The
 * sectors are the sector words of the sentence, those of a recent sentence when it says "in this
 * field", or "general" when it names none. A sentence with a status cue and sectors but no actor
 * continues the story of a recent sentence and takes its partners.
 */
export function buildCandidates(input: CandidateInput): { candidates: Candidate[]; skipped: SkippedClaim[] } {
  const { folded, sentences, focus, lexicon } = input;
  const byKey = new Map<string, Candidate>();
  const skipped: SkippedClaim[] = [];
  const history: { sentence: number; partners: Mention[]; sectors: Cue[] }[] = [];

  for (const sentence of sentences.filter((s) => !s.skipped)) {
    const cues = findCues(folded, sentence, lexicon, input.roles);
    const named = input.mentions.filter((m) => m.sentence === sentence.index && m.actorId !== focus);
    const focusCue = input.mentions.find((m) => m.sentence === sentence.index && m.actorId === focus);
    let partners = firstOfEach(named);
    const notes: EvidenceNote[] = [];
    let sectors = cues.sectors;

    if (sectors.length === 0 && cues.anaphora.length > 0) {
      const earlier = history
        .slice(-CARRY_REACH)
        .reverse()
        .find((h) => h.sectors.length > 0);
      if (earlier) {
        sectors = cues.anaphora.flatMap((a) => earlier.sectors.map((s) => ({ ...a, kind: 'sector' as const, value: s.value })));
        notes.push({ kind: 'sectorCarried', fromSentence: earlier.sentence });
      }
    }
    if (partners.length === 0 && cues.statuses.length > 0 && sectors.length > 0) {
      const earlier = history
        .slice(-CARRY_REACH)
        .reverse()
        .find((h) => h.partners.length > 0);
      if (earlier) {
        partners = earlier.partners.map((p) => ({ ...p, start: sentence.start, end: sentence.start }));
        notes.push({ kind: 'partnerCarried', fromSentence: earlier.sentence });
      }
    }
    history.push({ sentence: sentence.index, partners: firstOfEach(named), sectors });
    if (partners.length === 0 || cues.statuses.length + cues.cooperation.length === 0) continue;

    const denial = cues.denials[0];
    if (denial) {
      skipped.push({ sentence: sentence.index, reason: 'denied', cue: denial });
      continue;
    }
    const speaker = findSpeaker(cues, sentence, input.people);
    if (speaker) notes.push({ kind: 'reported', speaker });
    if (cues.hedges.length > 0) notes.push({ kind: 'hedged' });

    for (const partner of partners) {
      const statusCue = nearestCue(cues.statuses, partner) ?? nearestCue(cues.cooperation, partner)!;
      const negation = findNegation(folded, sentence, statusCue, lexicon);
      if (negation) {
        skipped.push({ sentence: sentence.index, reason: 'negated', cue: negation });
        continue;
      }
      const status = (cues.statuses.includes(statusCue) ? statusCue.value : 'active') as Status;
      const ownNotes = cues.statuses.includes(statusCue) ? notes : [...notes, { kind: 'defaultStatus' as const }];
      const sectorIds = sectors.length > 0 ? [...new Set(sectors.map((s) => s.value))] : [GENERAL_SECTOR];
      for (const sector of sectorIds) {
        const evidence: CandidateEvidence = {
          sentence: sentence.index,
          status,
          notes: sectors.length > 0 ? ownNotes : [...ownNotes, { kind: 'noSector' }],
          cues: [
            ...named
              .filter((m) => m.actorId === partner.actorId)
              .map((m): Cue => ({ kind: 'partner', value: m.actorId, start: m.start, end: m.end })),
            ...(focusCue ? [{ kind: 'focus' as const, value: focus, start: focusCue.start, end: focusCue.end }] : []),
            ...sectors.filter((s) => s.value === sector),
            statusCue,
            ...cues.speech,
            ...cues.hedges,
          ].sort((a, b) => a.start - b.start),
        };
        addEvidence(byKey, focus, partner.actorId, sector, evidence);
      }
    }
  }
  return { candidates: [...byKey.values()], skipped };
}

function addEvidence(byKey: Map<string, Candidate>, focus: string, partner: string, sector: string, evidence: CandidateEvidence) {
  const key = `${partner}|${sector}`;
  const found = byKey.get(key);
  if (found) {
    if (!found.evidence.some((e) => e.sentence === evidence.sentence)) found.evidence.push(evidence);
    found.status = strongest(found.evidence.map((e) => e.status));
    return;
  }
  const id = `${focus}-${partner}-${sector}`.toLowerCase().replace(/[^a-z0-9_-]/g, '');
  byKey.set(key, { id, partner, sector, status: evidence.status, evidence: [evidence] });
}

/** One mention per actor, the first, in the order of the text. */
function firstOfEach(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(m.actorId) && seen.add(m.actorId));
}

function nearestCue(cues: readonly Cue[], at: Span): Cue | undefined {
  const before = cues.filter((c) => c.end <= at.start).at(-1);
  return before ?? cues.find((c) => c.start >= at.end) ?? cues[0];
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
