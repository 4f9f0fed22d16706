import { attachDates } from './dates/attachDates';
import { buildCandidates } from './buildCandidates';
import { countryName, isCountryCode } from './countryNames';
import { detectLanguage } from './detectLanguage';
import { findNamedActors } from './findNamedActors';
import { findPeople } from './findPeople';
import { foldAccentsInPlace } from '../text/fold';
import { LEXICONS } from './lexicon';
import { ORGANIZATIONS } from './lexicon/organizations';
import { splitSentences } from './splitSentences';
import type { ArticleLang, Draft, DraftActor, Mention } from './types';

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

  const focusRanking = rankFocus(named, sentences[0]?.index);
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

/**
 * Which actor the article is most about: the one named most often, a mention in the title (the
 * first line) counting three times, since a headline states its subject.
 */
function rankFocus(mentions: readonly Mention[], titleSentence: number | undefined): { id: string; score: number }[] {
  const scores = new Map<string, number>();
  for (const m of mentions) scores.set(m.actorId, (scores.get(m.actorId) ?? 0) + (m.sentence === titleSentence ? 3 : 1));
  return [...scores.entries()].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
