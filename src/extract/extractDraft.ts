import { attachDates } from './dates/attachDates';
import { buildCandidates } from './buildCandidates';
import { countryName, isCountryCode } from './countryNames';
import { detectLanguage } from './detectLanguage';
import { findNamedActors } from './findNamedActors';
import { findPeople } from './findPeople';
import { foldAccents, foldAccentsInPlace } from '../text/fold';
import { LEXICONS } from './lexicon';
import { FORCES, ORGANIZATIONS } from './lexicon/organizations';
import { datelineActor } from './names/dateline';
import { splitSentences } from './splitSentences';
import type { ArticleLang, Draft, DraftActor, Mention, Sentence } from './types';

export interface ExtractOptions {
  /** The article's language; guessed from its words when not given. */
  lang?: ArticleLang;
  /** The focus actor's id; the actor the article is most about when not given. */
  focus?: string;
  /** The article's date (`YYYY-MM-DD`), which relative dates are placed against; read from its dateline when not given. */
  date?: string;
}

/** Line ends made plain and characters composed, so offsets and quotes match what is published. */
export function normalizeArticle(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

/**
 * The extractor: a pure function from an article to a draft (actors, candidate partnerships with
 * the sentences and cue words behind them). It needs no network and no model: every rule reads
 * the lexicons in `lexicon/`. `text` should already be normalised with `normalizeArticle`.
 */
export function extractDraft(text: string, options: ExtractOptions = {}): Draft {
  const lang = options.lang ?? detectLanguage(text);
  const lexicon = LEXICONS[lang];
  const sentences = splitSentences(text, lang, lexicon);
  const named = findNamedActors(text, sentences);
  const people = findPeople(text, sentences, named, lexicon);
  const roles = people.flatMap((p) => (p.role ? [p.role.span] : []));
  const inRole = (m: Mention) => roles.some((r) => r.start <= m.start && m.end <= r.end);

  const focusRanking = rankFocus(named, sentences, text);
  const focus = options.focus ?? focusRanking[0]?.id ?? null;
  const folded = foldAccentsInPlace(text);
  const { candidates, skipped } = focus
    ? buildCandidates({ folded, sentences, focus, mentions: named.filter((m) => !inRole(m)), people, roles, lexicon })
    : { candidates: [], skipped: [] };

  const actors: DraftActor[] = [];
  for (const id of new Set(named.map((m) => m.actorId))) {
    const org = ORGANIZATIONS.find((o) => o.id === id);
    const name = org?.name ?? countryName(id);
    if (!name) continue;
    const mentions = named.filter((m) => m.actorId === id);
    actors.push(
      org
        ? { id, kind: 'organization', name, location: org.location, mentions }
        : { id, kind: 'country', name, ...(isCountryCode(id) ? { iso3: id } : {}), mentions },
    );
  }
  for (const person of people) {
    const memberOf = person.role
      ? named.find((m) => m.start >= person.role!.span.start && m.end <= person.role!.span.end)?.actorId
      : undefined;
    actors.push({
      id: person.id,
      kind: 'person',
      name: { fr: person.name, en: person.name },
      ...(person.role ? { role: person.role.text } : {}),
      ...(memberOf ? { memberOf } : {}),
      mentions: person.mentions,
    });
  }
  return attachDates({ text, lang, focus, focusRanking, sentences, actors, candidates, skipped }, options.date);
}

/** How much one mention says that the article is about its actor. */
const FOCUS_WEIGHT: Readonly<Record<Mention['via'], number>> = { name: 1, capital: 1, adjective: 0.5, group: 0.5, surname: 0 };
/** A headline states its subject: a mention in the title counts this many times. */
const TITLE_FACTOR = 3;
/** A wire report is most often about the country it is filed from: the dateline's capital adds this. */
const DATELINE_WEIGHT = 2;
/** The title's first actor is most often its grammatical subject: it adds this. */
const TITLE_SUBJECT_WEIGHT = 1;
const FORCE_NAMES = new Set(FORCES.flatMap((f) => f.aliases.map(foldAccents)));

/**
 * Which actor the article is most about. Each mention counts by how it names the actor: a name or
 * a capital read as the state counts one; an adjective ("Turkish drones"), a force acting for a
 * state ("Wagner") or a share of a group ("les deux pays") a half, since they name it indirectly.
 * A group that is every member of an alliance the article names ("the juntas", all three members
 * of the AES) counts one for the alliance instead. A mention in the title (the first line) counts
 * three times and its first actor, most often the headline's subject, one more; the capital of
 * the dateline adds two, as the report is most often about the country it is filed from.
 */
function rankFocus(mentions: readonly Mention[], sentences: readonly Sentence[], text: string): { id: string; score: number }[] {
  const titleSentence = sentences.find((s) => !s.skipped)?.index;
  const scores = new Map<string, number>();
  const add = (id: string, score: number) => scores.set(id, (scores.get(id) ?? 0) + score);
  const factor = (m: Mention) => (m.sentence === titleSentence ? TITLE_FACTOR : 1);
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.via === 'group') groups.set(`${m.start}`, [...(groups.get(`${m.start}`) ?? []), m]);
    else if (FORCE_NAMES.has(foldAccents(text.slice(m.start, m.end)))) add(m.actorId, FOCUS_WEIGHT.adjective * factor(m));
    else add(m.actorId, FOCUS_WEIGHT[m.via] * factor(m));
  }
  const named = new Set(mentions.filter((m) => m.via !== 'group').map((m) => m.actorId));
  for (const members of groups.values()) {
    const ids = members.map((m) => m.actorId);
    const alliance = ORGANIZATIONS.find(
      (o) => named.has(o.id) && o.members?.length === ids.length && o.members.every((id) => ids.includes(id)),
    );
    if (alliance) add(alliance.id, FOCUS_WEIGHT.name * factor(members[0]!));
    else for (const m of members) add(m.actorId, FOCUS_WEIGHT.group * factor(m));
  }
  const subject = mentions.find((m) => m.sentence === titleSentence);
  if (subject) add(subject.actorId, TITLE_SUBJECT_WEIGHT);
  const dateline = datelineActor(text, sentences);
  if (dateline && scores.has(dateline)) add(dateline, DATELINE_WEIGHT);
  return [...scores.entries()].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
