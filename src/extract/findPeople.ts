import { findPhrases } from './findPhrases';
import { foldAccentsInPlace } from '../text/fold';
import { ARMED_GROUPS } from './lexicon/organizations';
import type { Lexicon } from './lexicon/types';
import { isNotPersonName } from './names/notPeople';
import type { Mention, Sentence, Span } from './types';

export interface PersonFound {
  id: string;
  name: string;
  /** The role's words as written, and where they are (so sector words inside it are not read as sectors). */
  role?: { text: string; span: Span };
  mentions: Mention[];
}

const NAME_WORD = /\p{Lu}[\p{L}\p{M}'’-]*\p{L}/gu;
const ARMED_GROUP_PATTERN = new RegExp(
  `(?<![\\p{L}])(?:${ARMED_GROUPS.map((g) => foldAccentsInPlace(g).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`,
  'gu',
);
/** A dateline: a place in capitals and a comma at the start of a line ("NEW YORK, Dec. 12"). */
const DATELINE = /^[\p{Lu}'’ .-]{3,},/u;

/**
 * Finds people: two or three capitalised words in a row that are not a country, an organization,
 * an armed group or shaped like something else (see `names/notPeople.ts`: a month, an institution's
 * noun, a region, a demonym, a word in capitals), nor an outlet's name in the parentheses of a
 * dateline ("Sergueï Lavrov", not "Joint Economic Commission" or "(The Savanna Post)"). A lone surname later in the text ("a déclaré Diop") is
 * a mention of the person already found with that surname. A role is the clause next to the name
 * that holds a noun of office: before it ("Les ministres ..., Abdoulaye Diop et Sadio Camara") or
 * after it ("Sergueï Lavrov, chef de la diplomatie russe").
 */
export function findPeople(text: string, sentences: readonly Sentence[], taken: readonly Span[], lexicon: Lexicon): PersonFound[] {
  const notNames = new Set(lexicon.notNames.map(foldAccentsInPlace));
  const people = new Map<string, PersonFound>();
  const folded = foldAccentsInPlace(text);
  const groups = [...folded.matchAll(ARMED_GROUP_PATTERN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const blocked = [...taken, ...groups, ...datelineParentheses(text)];
  const free = (s: Span) => !blocked.some((t) => s.start < t.end && t.start < s.end);
  const live = sentences.filter((s) => !s.skipped);

  for (const sentence of live) {
    const words = [...sentence.text.matchAll(NAME_WORD)]
      .map((m) => ({ word: m[0], start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }))
      .filter((w) => free(w) && !notNames.has(foldAccentsInPlace(w.word)));
    const runs: (typeof words)[] = [];
    for (const w of words) {
      const run = runs.at(-1);
      const last = run?.at(-1);
      if (run && last && /^ $/.test(text.slice(last.end, w.start)) && run.length < 3) run.push(w);
      else runs.push([w]);
    }
    for (const run of runs.filter((r) => r.length >= 2 && !isNotPersonName(r.map((w) => w.word)))) {
      const name = run.map((w) => w.word).join(' ');
      const id = foldAccentsInPlace(run.at(-1)!.word).replace(/[^a-z0-9]/g, '') || 'person';
      const span = { start: run[0]!.start, end: run.at(-1)!.end };
      const person = people.get(id) ?? { id, name, mentions: [] };
      person.mentions.push({ actorId: id, ...span, sentence: sentence.index, via: 'name' });
      person.role ??= findRole(text, sentence, span, lexicon);
      people.set(id, person);
    }
  }
  // Lone surnames, once the full names are known.
  for (const person of people.values()) {
    const surname = person.name.split(' ').at(-1)!;
    for (const sentence of live) {
      for (const m of sentence.text.matchAll(new RegExp(`(?<![\\p{L}])${surname}(?![\\p{L}])`, 'gu'))) {
        const start = sentence.start + m.index;
        const span = { start, end: start + surname.length };
        if (!person.mentions.some((x) => x.start <= span.start && span.end <= x.end)) {
          person.mentions.push({ actorId: person.id, ...span, sentence: sentence.index, via: 'surname' });
        }
      }
    }
    person.mentions.sort((a, b) => a.start - b.start);
  }
  return [...people.values()];
}

/** What stands between parentheses on a dateline's line: an outlet's name, not a person's. */
function datelineParentheses(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (DATELINE.test(line)) {
      for (const m of line.matchAll(/\([^)]*\)/gu)) spans.push({ start: lineStart + m.index, end: lineStart + m.index + m[0].length });
    }
    lineStart += line.length + 1;
  }
  return spans;
}

/** The clause before a list of names, or the apposition after it, when it holds a noun of office. */
function findRole(text: string, sentence: Sentence, name: Span, lexicon: Lexicon): { text: string; span: Span } | undefined {
  const before = text.slice(sentence.start, name.start).replace(/(?:\p{Lu}[\p{L}'’-]*\s)+(?:et|and|,)\s*$/u, '');
  const clauseBefore = before.match(/([^,;:«"]*?),?\s*$/u);
  const after = text.slice(name.end, sentence.end).replace(/^(?:\s*(?:,|et|and)\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)*)*/u, '');
  const apposition = after.match(/^,\s*([^,;.«"]+)/u);
  const candidates: { raw: string; at: number }[] = [];
  if (clauseBefore?.[1]) candidates.push({ raw: clauseBefore[1], at: sentence.start + (clauseBefore.index ?? 0) });
  if (apposition?.[1]) candidates.push({ raw: apposition[1], at: name.end + text.slice(name.end).indexOf(apposition[1]) });
  for (const { raw, at } of candidates) {
    const hit = findPhrases(foldAccentsInPlace(raw), lexicon.roles)[0];
    if (!hit) continue;
    const role = raw.slice(hit.start).trim();
    const start = at + hit.start;
    return { text: role, span: { start, end: start + role.length } };
  }
  return undefined;
}
