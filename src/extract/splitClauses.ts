import { findPhrases } from './findPhrases';
import type { Span } from './types';

/** The words that open or close a clause in one language (see `Lexicon['clauses']`). */
export interface ClauseWords {
  /** Relative pronouns that open an appositive clause after a comma ("où", "which"). */
  relatives: readonly string[];
  /** Conjunctions that always join two full clauses ("mais", "but", "tandis que"). */
  conjunctions: readonly string[];
  /** Conjunctions that join full clauses after a comma, or list items ("et", "and"). */
  coordinators: readonly string[];
  /** Verbs of speech and "according to": a comma before them opens the speaker's clause. */
  speech: readonly string[];
  /** Words that introduce the reported content after a verb of speech ("que", "that"). */
  complementizers: readonly string[];
  /** Openings of a participial clause after a comma ("*ing" in English, "en *ant" in French). */
  participles: readonly string[];
  /**
   * Auxiliaries and adverbs that may stand between a coordinator and the verb it coordinates
   * ("and has signed", "et a ensuite signé"): the verb keeps the subject of the clause before.
   */
  auxiliaries?: readonly string[];
  /**
   * Openings of an appositive after a comma, read like a relative clause: a past participle
   * ("exploitée par un groupe chinois", "backed by Russia") or an adverb of time ("déjà présente au
   * Mali", "already deployed"). What it says, it says of the actors just before it.
   */
  appositives: readonly string[];
}

/** A clause: one or more stretches of a sentence (a relative clause may interrupt it). */
export interface Clause extends Span {
  parts: Span[];
  /** For a relative clause, where its pronoun stands: the actors just before it are its antecedent. */
  relativeAt?: number;
  /**
   * For a participial clause ("Mali, having left ECOWAS, signed…") or a verb coordinated with the
   * clause before ("…and signed"), the stretch that names the subject they share with that clause.
   */
  subjectFrom?: Span;
  /** For the words that attribute what is said ("…, a indiqué le ministère", "Selon un conseiller,"): they state no tie. */
  attribution?: boolean;
}

/** A parenthesis of this many words or fewer is a name, an acronym or a date, not a clause. */
const SHORT_PARENTHESIS = 3;
/** How many words may stand between a comma and a verb of speech that closes the sentence ("…, a senior official said"). */
const SPEAKER_WORDS = 4;

/**
 * Splits one sentence into clauses, on folded text. Boundaries are semicolons, colons, spaced
 * dashes, quotation marks, parentheses longer than a name, relative pronouns and appositives after a comma,
 * conjunctions between full clauses, a comma before a verb of speech, and the "que"/"that" after
 * one when no actor speaks. A comma followed by an actor and a list word ("Mali, Burkina Faso and Niger") is not a
 * boundary; `actors` gives the places of actors' names for that. The text after an appositive
 * relative clause ("La France, dont les forces ont quitté le pays, n'a pas réagi") resumes the
 * clause the relative clause interrupted.
 */
export function splitClauses(
  folded: string,
  sentence: Span,
  words: ClauseWords,
  actors: readonly Span[],
  verbs: readonly Span[] = [],
): Clause[] {
  const text = folded.slice(sentence.start, sentence.end);
  const cuts: Cut[] = [];
  const at = (i: number) => sentence.start + i;

  for (const m of text.matchAll(/[;:«»“”"]|\s[–—-]\s|—/g)) cuts.push({ at: m.index, kind: 'hard' });
  for (const m of text.matchAll(/\(([^()]*)\)/g)) {
    const inside = m[1]!.trim().split(/\s+/).filter(Boolean).length;
    if (inside <= SHORT_PARENTHESIS) continue;
    cuts.push({ at: m.index, kind: 'open' }, { at: m.index + m[0].length, kind: 'close' });
  }
  // An actor starting within a few characters: "la Côte d'Ivoire", "the United States".
  const actorAfter = (i: number) => actors.find((a) => a.start >= at(i) && a.start <= at(i) + 4);
  const actorBefore = (i: number) => actors.some((a) => a.end <= at(i) && a.end >= at(i) - 1);
  // A comma between digits ("1,5 milliard") is part of a number, not a boundary.
  for (const m of text.matchAll(/,(?!\d)\s*/g)) {
    const after = m.index + m[0].length;
    const rest = text.slice(after);
    const startsRest = (list: readonly string[]) => starts(rest, list);
    if (startsRest(words.participles)) {
      cuts.push({ at: after, kind: 'participle' });
      continue;
    }
    if (startsRest(words.relatives) || (startsRest(words.appositives) && !actorAfter(after))) {
      cuts.push({ at: after, kind: 'relative' });
      continue;
    }
    const listed = actorBefore(m.index) && actorAfter(after + (startsRest(words.coordinators)?.end ?? 0));
    if (startsRest(words.coordinators) && !listed) {
      cuts.push({ at: after, kind: 'hard' });
      continue;
    }
    const speech = findPhrases(rest, words.speech)[0];
    if (speech) {
      const before = rest.slice(0, speech.start);
      const wordCount = before.split(/\s+/).filter(Boolean).length;
      if (wordCount <= SPEAKER_WORDS && !before.includes(',') && !listed) cuts.push({ at: m.index, kind: 'speech' });
    }
  }
  for (const hit of findPhrases(text, words.conjunctions)) {
    // "since 2013", "since the 2021 coup": a preposition before a date, not a conjunction.
    if (/^\s+(?:[^\s\d]+\s+)?\d/.test(text.slice(hit.end))) continue;
    cuts.push({ at: hit.start, kind: 'hard' });
    // A sentence that opens on a subordinate clause ("Si la question reste centrale, …") closes it at the first comma.
    const comma = text.slice(hit.end).search(/,(?!\d)/);
    if (hit.start === 0 && comma >= 0) cuts.push({ at: hit.end + comma, kind: 'hard' });
  }
  // A coordinator right before a verb of cooperation ("…and signed", "et a livré") opens a clause
  // that shares the subject of the one before, not its partners or its status.
  const auxiliaries = words.auxiliaries ?? [];
  for (const hit of findPhrases(text, words.coordinators)) {
    let from = hit.end;
    for (let next = starts(text.slice(from), auxiliaries); next; next = starts(text.slice(from), auxiliaries)) from += next.end;
    const rest = text.slice(from);
    const skipped = rest.length - rest.trimStart().length;
    if (!verbs.some((v) => v.start === at(from + skipped))) continue;
    // Only a verb after a clause that states a status of its own is a second statement: after one that
    // states none ("has security agreements with all three countries and has deployed"), the verb states
    // the status of both.
    const previous = Math.max(0, ...cuts.filter((c) => c.at < hit.start).map((c) => c.at));
    if (!verbs.some((v) => v.start >= at(previous) && v.end <= at(hit.start))) continue;
    // After a comma (", and signed"), the coordinated clause replaces the plain cut there.
    for (let i = cuts.length - 1; i >= 0; i--)
      if (cuts[i]!.kind === 'hard' && cuts[i]!.at >= hit.start && cuts[i]!.at <= from + skipped) cuts.splice(i, 1);
    cuts.push({ at: hit.start, kind: 'coordinated' });
  }
  for (const verb of findPhrases(text, words.speech)) {
    // A country or organization that speaks ("Le Nigeria a annoncé qu'il …") is the subject of what it says: no cut.
    if (actors.some((a) => a.end <= at(verb.start))) continue;
    const that = findPhrases(text.slice(verb.end), words.complementizers)[0];
    if (
      that &&
      text
        .slice(verb.end, verb.end + that.start)
        .split(/\s+/)
        .filter(Boolean).length <= SPEAKER_WORDS
    )
      cuts.push({ at: verb.end + that.end, kind: 'hard' });
  }
  // A sentence that opens with "Selon X," or "According to X," gives the source its own clause.
  let openedBySpeech = false;
  const opening = findPhrases(text, words.speech).find((h) => h.start === 0);
  if (opening) {
    const comma = text.indexOf(',', opening.end);
    if (comma > 0) {
      cuts.push({ at: comma, kind: 'hard' });
      openedBySpeech = true;
    }
  }
  // An appositive relative or participial clause ends at the next comma (or boundary); what follows resumes the clause before it.
  const interrupting = cuts.filter((c) => c.kind === 'relative' || c.kind === 'participle').sort((a, b) => a.at - b.at);
  for (const rel of interrupting) {
    if (!cuts.includes(rel)) continue;
    const comma = text.slice(rel.at).search(/,(?!\d)/) + rel.at;
    const nextCut = Math.min(...cuts.filter((c) => c.at > rel.at).map((c) => c.at), text.length);
    if (comma >= rel.at && comma < nextCut) {
      cuts.push({ at: comma, kind: 'resume' });
      // The verb right after the comma that closes the interruption ("Mali, which left ECOWAS, signed…") is
      // the main clause's, not an appositive hanging on the words before.
      const after = comma + (text.slice(comma).match(/^,\s*/)?.[0].length ?? 1);
      const verb = cuts.findIndex((c) => c.kind === 'relative' && c.at === after && !starts(text.slice(after), words.relatives));
      if (verb >= 0) cuts.splice(verb, 1);
    }
    // A participle that closes the sentence ("…, expelling French troops") may bring a subject of its own
    // ("…, handing over its bases after Niamey revoked the agreement"): it is a clause apart, as before.
    else if (rel.kind === 'participle') rel.kind = 'hard';
  }

  // A sentence that opens with a participle ("Having left ECOWAS, Mali signed…", "Après avoir
  // quitté la CEDEAO, le Mali…") says, up to its first comma, what the main clause's subject did.
  const comma = text.search(/,(?!\d)/);
  const introduced = !openedBySpeech && comma > 0 && starts(text, words.participles) !== undefined;
  if (introduced) cuts.push({ at: comma, kind: 'hard' });
  const clauses = assemble(text, cuts, sentence.start);
  if (openedBySpeech && clauses[0]) clauses[0].attribution = true;
  if (introduced && clauses[0] && clauses[0].end <= at(comma)) clauses[0].subjectFrom = { start: at(comma), end: sentence.end };
  return clauses;
}

type Cut = { at: number; kind: 'hard' | 'speech' | 'relative' | 'participle' | 'coordinated' | 'open' | 'close' | 'resume' };

/** The phrase of the list that opens the text, if one does. */
function starts(text: string, list: readonly string[]) {
  return findPhrases(text, list).find((h) => h.start === 0 || /^\s+$/.test(text.slice(0, h.start)));
}

function assemble(text: string, cuts: Cut[], offset: number): Clause[] {
  // At one place, a parenthesis or a relative clause closes before the next clause opens.
  const closing = (c: { kind: string }) => (c.kind === 'close' || c.kind === 'resume' ? 0 : 1);
  const sorted = [...cuts].sort((a, b) => a.at - b.at || closing(a) - closing(b));
  const clauses: Clause[] = [];
  const stack: Clause[] = [];
  let current: Clause = { start: offset, end: offset, parts: [] };
  clauses.push(current);
  let from = 0;
  const close = (to: number) => {
    if (to > from) current.parts.push({ start: offset + from, end: offset + to });
  };
  // The subject a participle or a coordinated verb shares: the one its host clause has or shares.
  const subjectOf = (host: Clause): Span | undefined => host.subjectFrom ?? host.parts[0];
  for (const cut of sorted) {
    close(cut.at);
    from = cut.at;
    if (cut.kind === 'relative' || cut.kind === 'participle' || cut.kind === 'open') {
      const host = current;
      const subject = cut.kind === 'participle' ? subjectOf(host) : undefined;
      stack.push(current);
      current = {
        start: offset + cut.at,
        end: offset + cut.at,
        parts: [],
        ...(cut.kind === 'relative' ? { relativeAt: offset + cut.at } : {}),
        ...(subject ? { subjectFrom: subject } : {}),
      };
      clauses.push(current);
    } else if ((cut.kind === 'resume' || cut.kind === 'close') && stack.length > 0) {
      current = stack.pop()!;
    } else if (cut.kind === 'coordinated' && stack.length > 0) {
      // A verb coordinated inside a relative or participial clause shares its subject, and the clause it interrupts resumes after both.
      const subject = current.relativeAt === undefined ? subjectOf(current) : current.subjectFrom;
      current = {
        start: offset + cut.at,
        end: offset + cut.at,
        parts: [],
        ...(current.relativeAt !== undefined ? { relativeAt: current.relativeAt } : {}),
        ...(subject ? { subjectFrom: subject } : {}),
      };
      clauses.push(current);
    } else {
      stack.length = 0;
      // A speech cut marks the clause it opens, and the one right after when only punctuation ("," ») lies between.
      const attribution =
        cut.kind === 'speech' ||
        (current.attribution === true && !current.parts.some((p) => /[\p{L}\p{N}]/u.test(text.slice(p.start - offset, p.end - offset))));
      const subject = cut.kind === 'coordinated' ? subjectOf(current) : undefined;
      current = {
        start: offset + cut.at,
        end: offset + cut.at,
        parts: [],
        ...(attribution ? { attribution } : {}),
        ...(subject ? { subjectFrom: subject } : {}),
      };
      clauses.push(current);
    }
  }
  close(text.length);
  return clauses
    .map((c) => ({ ...c, parts: c.parts.filter((p) => /[\p{L}\p{N}]/u.test(text.slice(p.start - offset, p.end - offset))) }))
    .filter((c) => c.parts.length > 0)
    .map((c) => ({ ...c, start: c.parts[0]!.start, end: c.parts.at(-1)!.end }));
}

/** Whether a place of the text lies in one of the clause's stretches. */
export function inClause(clause: Clause, span: Span): boolean {
  return clause.parts.some((p) => p.start <= span.start && span.end <= p.end);
}
