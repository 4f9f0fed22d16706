import type { LocalizedJson } from '../data/schema';
import type { Status } from '../model/statuses';
import type { ActorKind } from '../model/actorKinds';

export type ArticleLang = 'fr' | 'en';

/** A stretch of the article, as offsets into the text given to the extractor (end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** One sentence, with its offsets; `skipped` says why a sentence was left out of the rules. */
export interface Sentence extends Span {
  index: number;
  text: string;
  skipped?: 'boilerplate';
}

/**
 * A place in the text that names an actor: by name, by adjective, by a person's surname, by its
 * capital read as the state ("Moscou a livré"), or as a member of a group named earlier ("les deux
 * pays", one mention per member, all on the group's words).
 */
export interface Mention extends Span {
  actorId: string;
  sentence: number;
  via: 'name' | 'adjective' | 'surname' | 'capital' | 'group';
}

export interface DraftActor {
  id: string;
  kind: ActorKind;
  name: LocalizedJson;
  iso3?: string;
  location?: { lat: number; lon: number };
  /** For a person: the words of the article that give the role, and the actor it names. */
  role?: string;
  memberOf?: string;
  mentions: Mention[];
}

/** Why a rule fired: the words that triggered it, so a reviewer sees the reason. */
export type CueKind = 'partner' | 'focus' | 'sector' | 'status' | 'negation' | 'speech' | 'hedge' | 'anaphora';

export interface Cue extends Span {
  kind: CueKind;
  /** What the cue stands for: an actor id, a sector id, a status, or the speech verb. */
  value: string;
}

/** One clause that supports a candidate, with the cues that fired in it. */
export interface CandidateEvidence {
  sentence: number;
  /** The clause of the sentence that states the tie, whose words gave its status and sector. */
  clause: Span;
  cues: Cue[];
  /** What this clause says of the tie; another clause may say otherwise. */
  status: Status;
  /** Notes for the reviewer, as codes the UI words in each language. */
  notes: EvidenceNote[];
  /** The date the clause speaks of (`2024`, `2024-09`, `2024-09-16`) and the words that give it; none when it gives none. */
  date?: { value: string; text: string; span: Span } | undefined;
}

export type EvidenceNote =
  | { kind: 'partnerCarried'; fromSentence: number }
  | { kind: 'sectorCarried'; fromSentence: number }
  | { kind: 'noSector' }
  | { kind: 'focusImplied' }
  | { kind: 'negatedEnding' }
  | { kind: 'reported'; speaker: string }
  | { kind: 'hedged' };

/**
 * A proposed partnership of two actors named in the same clause, in one sector. The focus comes
 * first when it is one of the two; otherwise the two are in alphabetical order of their ids.
 */
export interface Candidate {
  id: string;
  actors: [string, string];
  sector: string;
  /** The status of its best evidence (explicit, both actors named, not hedged), not the strongest. */
  status: Status;
  /** True when some of its evidence states another status than `status`: a person must choose. */
  disagrees: boolean;
  evidence: CandidateEvidence[];
}

/**
 * A clause whose cues were found but which proposes nothing, and why: a negated or denied claim,
 * or a word of cooperation with nothing to say where it stands (`unstated`), which is not
 * evidence of an active partnership.
 */
export interface SkippedClaim {
  sentence: number;
  reason: 'negated' | 'denied' | 'unstated';
  cue: Cue;
}

export interface Draft {
  text: string;
  lang: ArticleLang;
  focus: string | null;
  /** Countries and organizations ranked by how much the article is about them. */
  focusRanking: { id: string; score: number }[];
  sentences: Sentence[];
  actors: DraftActor[];
  candidates: Candidate[];
  skipped: SkippedClaim[];
  /** The article's own date: given by a person, or read from its dateline. */
  articleDate?: ArticleDate;
  /** Every date its sentences write, placed against the article's date where they need it. */
  dates?: DateMention[];
}

export interface ArticleDate {
  /** `YYYY-MM-DD`. */
  value: string;
  source: 'given' | 'dateline';
  /** For a date read from the dateline, its words. */
  text?: string;
  span?: Span;
}

/** A date an article writes: its value at its own precision, or null when it is relative and the article's date is unknown. */
export interface DateMention extends Span {
  sentence: number;
  text: string;
  value: string | null;
}
