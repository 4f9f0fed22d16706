import { findPhrases } from './findPhrases';
import { MEANS_SECTORS } from './lexicon/sectors';
import type { Lexicon } from './lexicon/types';
import type { Cue, Sentence, Span } from './types';
import { STATUSES, type Status } from '../model/statuses';

export interface SentenceCues {
  sectors: Cue[];
  statuses: Cue[];
  cooperation: Cue[];
  speech: Cue[];
  denials: Cue[];
  hedges: Cue[];
  anaphora: Cue[];
  joint: Cue[];
  conflicts: Cue[];
  background: Cue[];
}

/** How many words before a cue a negator may stand and still negate it ("n'a pas signé", "has not signed"). */
const NEGATION_REACH = 3;
/** How many words may stand between a sector word and a noun of office for the word to name the office ("ministre de l'Énergie"). */
const OFFICE_REACH = 3;
/** How close (in characters) a word of a means (training, money, trade) must be to a word of a field to serve it ("formation des forces armées"). */
const MEANS_REACH = 40;

/**
 * Reads the cue words of one sentence, on folded text. `masked` spans (people's roles: "ministre de
 * la Défense") are skipped, so an office is not read as a field of cooperation.
 */
export function findCues(folded: string, sentence: Sentence, lexicon: Lexicon, masked: readonly Span[]): SentenceCues {
  const part = folded.slice(sentence.start, sentence.end);
  const at =
    (kind: Cue['kind'], value: string) =>
    (hit: { start: number; end: number }): Cue => ({
      kind,
      value,
      start: sentence.start + hit.start,
      end: sentence.start + hit.end,
    });
  const outside = (cue: Cue) => !masked.some((m) => cue.start < m.end && m.start < cue.end);
  const all = (kind: Cue['kind'], phrases: Readonly<Record<string, readonly string[]>>) =>
    Object.entries(phrases)
      .flatMap(([value, list]) => findPhrases(part, list).map(at(kind, value)))
      .filter(outside);
  const longestOnly = (cues: Cue[]) =>
    cues.filter((c) => !cues.some((o) => o !== c && o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start));

  const offices = findPhrases(part, lexicon.offices).map(at('sector', 'office'));
  const nearOffice = (cue: Cue) =>
    offices.some((o) => {
      const between =
        cue.end <= o.start
          ? part.slice(cue.end - sentence.start, o.start - sentence.start)
          : o.end <= cue.start
            ? part.slice(o.end - sentence.start, cue.start - sentence.start)
            : '';
      return !/[,;:.()]/.test(between) && between.split(/[\s']+/).filter(Boolean).length <= OFFICE_REACH;
    });
  const governments = findPhrases(part, lexicon.governments).map(at('sector', 'government'));
  const nextToGovernment = (cue: Cue) =>
    governments.some((g) => /^\s*$/.test(folded.slice(Math.min(g.end, cue.end), Math.max(g.start, cue.start))));
  const sectors = longestOnly(all('sector', lexicon.sectors)).filter((c) => !nearOffice(c) && !nextToGovernment(c));
  const notCues = findPhrases(part, lexicon.notStatus).map(at('status', 'none'));
  const fields = sectors.filter((c) => !MEANS_SECTORS.includes(c.value));
  // Words of a list ("la santé, l'éducation et les mines") name sectors side by side: none serves another.
  const listed = (a: Span, b: Span) =>
    /^\s*(?:,\s*(?:(?:et|and|ou|or)\s+)?|(?:et|and|ou|or)\s+)(?:(?:l'|la|le|les|the|des|du)\s*)?$/.test(
      folded.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)),
    );
  const servesField = (c: Cue) =>
    MEANS_SECTORS.includes(c.value) &&
    !sectors.some((o) => o !== c && listed(c, o)) &&
    fields.some((f) => Math.max(f.start - c.end, c.start - f.end) <= MEANS_REACH);

  return {
    sectors: sectors.filter((c) => !servesField(c)),
    statuses: longestOnly(all('status', lexicon.statuses)).filter((c) => !notCues.some((n) => c.start < n.end && n.start < c.end)),
    cooperation: findPhrases(part, lexicon.cooperation).map(at('status', 'cooperation')),
    joint: findPhrases(part, lexicon.joint).map(at('status', 'joint')),
    conflicts: findPhrases(part, lexicon.conflicts).map(at('status', 'conflict')),
    background: findPhrases(part, lexicon.background).map(at('status', 'background')),
    speech: findPhrases(part, lexicon.speech).map(at('speech', 'said')),
    denials: findPhrases(part, lexicon.denials).map(at('negation', 'denied')),
    hedges: findPhrases(part, lexicon.hedges).map(at('hedge', 'hedged')),
    anaphora: findPhrases(part, lexicon.sectorAnaphora).map(at('anaphora', 'previous')),
  };
}

/** The negator that stands within reach before a cue, in the same clause (`from` is where the clause starts), if any. */
export function findNegation(folded: string, from: Span, cue: Span, lexicon: Lexicon): Cue | null {
  const clause =
    folded
      .slice(from.start, cue.start)
      .split(/[,;:()"«»]/)
      .at(-1) ?? '';
  const clauseStart = cue.start - clause.length;
  const words = [...clause.matchAll(/[^\s]+/g)].slice(-NEGATION_REACH);
  for (const w of words.reverse()) {
    const token = w[0];
    const negates = lexicon.negators.some((n) =>
      n.endsWith("'") ? token.startsWith(n) : n.startsWith("n't") ? token.endsWith(n) : token === n,
    );
    if (negates) return { kind: 'negation', value: token, start: clauseStart + w.index, end: clauseStart + w.index + token.length };
  }
  return null;
}

/** Statuses ranked as the views rank them: active beats emerging, and so on down to ended. */
export function strongest(statuses: readonly Status[]): Status {
  return [...statuses].sort((a, b) => STATUSES.indexOf(a) - STATUSES.indexOf(b))[0] ?? 'active';
}
