import type { Status } from '../../model/statuses';

/**
 * Everything the extractor knows about one language, as data. Phrases are matched whole-word on
 * folded text (case and accents ignored); `*` ends a stem and `…` skips up to three words.
 */
export interface Lexicon {
  /** Words frequent in this language and rare in the others, to guess an article's language. */
  stopwords: readonly string[];
  /** Demonyms and adjectives no library lists, by ISO alpha-3 code, in their base form. */
  demonyms: Readonly<Record<string, readonly string[]>>;
  /** Extra spellings of country names in common use, by ISO alpha-3 code. */
  countryAliases: Readonly<Record<string, readonly string[]>>;
  /** Words that say which field a sentence is about, by sector id. */
  sectors: Readonly<Record<string, readonly string[]>>;
  /** Phrases that say where a partnership stands. */
  statuses: Readonly<Record<Status, readonly string[]>>;
  /** Words that name a cooperation without saying where it stands (the status is then "active"). */
  cooperation: readonly string[];
  /** Words that negate the cue that follows them closely in the same clause. */
  negators: readonly string[];
  /** Verbs of reported speech, whose speaker is named next to them. */
  speech: readonly string[];
  /** Verbs that deny what follows: the claim is not proposed. */
  denials: readonly string[];
  /** Words that hedge a claim (rumour, conditional): proposed, with a warning. */
  hedges: readonly string[];
  /** Phrases that point back to the previous sentence's sectors ("dans ce domaine"). */
  sectorAnaphora: readonly string[];
  /** Line openings of links and furniture that are not part of the story ("A LIRE AUSSI"). */
  boilerplate: readonly string[];
  /** Nouns of office that introduce a person's role. */
  roles: readonly string[];
  /** Capitalised words that open or make up names of things, not of people. */
  notNames: readonly string[];
}
