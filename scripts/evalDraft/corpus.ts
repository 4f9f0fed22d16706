import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCountryCode } from '../../src/extract/countryNames';
import { normalizeArticle } from '../../src/extract/extractDraft';
import { ORGANIZATIONS } from '../../src/extract/lexicon/organizations';
import { SECTOR_IDS } from '../../src/extract/lexicon/sectors';
import { STATUSES, type Status } from '../../src/model/statuses';
import type { ArticleLang } from '../../src/extract/types';

export const CORPUS_DIR = fileURLToPath(new URL('../../tests/fixtures/draftCorpus', import.meta.url));
/**
 * Articles kept out of the corpus the rules are tuned on, and out of the baseline, so that the rules
 * can be judged on texts their authors never read. `loadCorpus` does not descend into it.
 */
export const HELDOUT_DIR = join(CORPUS_DIR, 'heldout');

/** One hand-annotated relation: what a careful analyst reads in the article. */
export interface AnnotatedRelation {
  actors: [string, string];
  sector: string;
  status: Status;
  /** The date or period the sentence speaks of (`2025-02-28`, `2025-12`, `2024`), when it gives one. */
  date?: string;
  /** Words of the article, verbatim, that support the relation. */
  quote: string;
  /** Why the analyst read it so, where that is not plain. */
  note?: string;
}

export interface Annotation {
  lang: ArticleLang;
  /** The article's own date, from its dateline, or null. */
  date: string | null;
  /** The actor the article is about, named as the extractor names actors. */
  focus: string;
  relations: AnnotatedRelation[];
}

export interface CorpusArticle {
  /** The file name without its extension: `01-sahel-alliance.fr`. */
  name: string;
  text: string;
  annotation: Annotation;
}

/** Every article of a folder with its annotation, in file-name order; the tuning corpus by default. */
export function loadCorpus(dir = CORPUS_DIR): CorpusArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.txt'.length);
      const text = readFileSync(join(dir, file), 'utf8');
      const annotation = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Annotation;
      return { name, text, annotation };
    });
}

/** The held-out articles, scored apart from the corpus and never part of the baseline. */
export function loadHeldout(): CorpusArticle[] {
  return loadCorpus(HELDOUT_DIR);
}

const ACTOR_IDS = new Set(ORGANIZATIONS.map((o) => o.id));
/** An ISO date, a month or a year, or a period of two of them joined by a slash. */
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/;

/** Whether an id names an actor as the extractor does: an ISO alpha-3 code or an organization's id. */
export function isActorId(id: string): boolean {
  return ACTOR_IDS.has(id) || (/^[A-Z]{3}$/.test(id) && isCountryCode(id));
}

/** How many words an article's body has, the title line left out. */
export function bodyWordCount(text: string): number {
  return text.split('\n').slice(1).join(' ').match(/\S+/g)?.length ?? 0;
}

/** What is wrong with an article's annotation, one sentence each; empty when it is sound. */
export function annotationProblems(article: CorpusArticle): string[] {
  const { name, text, annotation: a } = article;
  const problems: string[] = [];
  const say = (problem: string) => problems.push(`${name}: ${problem}`);
  if (text !== normalizeArticle(text)) say('the text is not normalised (CRLF line ends or decomposed accents)');
  if (!name.endsWith(`.${a.lang}`)) say(`the language ${a.lang} is not the one the file name ends with`);
  if (a.date !== null && !DATE.test(a.date)) say(`the article date ${a.date} is not an ISO date`);
  if (!isActorId(a.focus)) say(`the focus ${a.focus} is not an actor id`);
  if (a.relations.length === 0) say('it annotates no relation');
  for (const [i, r] of a.relations.entries()) {
    const at = `relation ${i} (${r.actors.join('–')})`;
    if (r.actors.length !== 2 || r.actors[0] === r.actors[1]) say(`${at} does not name two different actors`);
    for (const id of r.actors) if (!isActorId(id)) say(`${at} names ${id}, which is not an actor id`);
    if (!SECTOR_IDS.includes(r.sector)) say(`${at} has the unknown sector ${r.sector}`);
    if (!STATUSES.includes(r.status)) say(`${at} has the unknown status ${r.status}`);
    if (r.date !== undefined && !DATE.test(r.date)) say(`${at} has the date ${r.date}, which is not an ISO date or period`);
    if (!r.quote || !text.includes(r.quote)) say(`${at} quotes words that are not in the article: "${r.quote}"`);
  }
  return problems;
}
