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
  /**
   * Phrases that say where a partnership stands, by class: intent, plans and talks are
   * `exploring`; a memorandum, a launch or a project under way is `emerging`; speculation and the
   * conditional are `potential`; an ending, a withdrawal, a rejection or an expulsion is `ended`;
   * a tie in operation (deployed, delivered, supplies, keeps) is `active`. When a clause holds
   * several, the one that frames the others wins ("prépare des accords pour renforcer" is
   * exploring): potential, then exploring, ended, emerging and active.
   */
  statuses: Readonly<Record<Status, readonly string[]>>;
  /** Phrases in which a status word means something else: prospecting ("explore for oil", "exploration minière"). */
  notStatus: readonly string[];
  /**
   * Words that name a cooperation without saying where it stands. Alone they give no status:
   * the clause is left aside for a person, not proposed as active.
   */
  cooperation: readonly string[];
  /**
   * Words of acting together ("joint", "conjoint", "commun"): with a sector word, a clause that
   * holds one proposes a tie between the actors it names even without a word of cooperation, and
   * actors listed together are partners of each other.
   */
  joint: readonly string[];
  /** Words of a quarrel ("dispute", "sanctions"): ending one is not ending a partnership but mending it. */
  conflicts: readonly string[];
  /** Prepositions after which an ending is background ("after a suspension"), not the clause's news. */
  background: readonly string[];
  /** Nouns of government: a sector word right next to one describes a government ("régimes militaires"), not a cooperation. */
  governments: readonly string[];
  /**
   * Prepositions that introduce the other side of a tie ("avec", "with"): a clause that names one
   * actor and a partner the rules cannot name ("avec les pays sahéliens") does not tie it to the focus.
   */
  partnerPrepositions: readonly string[];
  /** Words before a list of actors that makes them partners of each other ("entre le Niger et le Bénin"). */
  between: readonly string[];
  /**
   * Words of a go-between, right before `between` ("a bridge between", "médiateur entre"): the
   * actors after them are the parties, tied to each other; the subject brokers their tie and is
   * not their partner.
   */
  mediation: readonly string[];
  /**
   * A partner named by its relation to the subject, which the rules cannot resolve ("à son
   * voisin", "its neighbours"): the clause has its partner, so the focus is not understood.
   */
  relationNouns: readonly string[];
  /**
   * Nouns of a place ("port", "city"): an actor named as their complement or adjective ("the port
   * of Lomé", "un port ivoirien") is where something happens, not a party.
   */
  placeNouns: readonly string[];
  /**
   * Nouns of a country's edge ("border", "coast", "frontière"): an actor named as their complement
   * or their adjective ("la frontière béninoise", "the Beninese coast") is a place too.
   */
  edgeNouns: readonly string[];
  /**
   * Words for the UN's peacekeepers ("Casques bleus", "blue helmets"): a country's peacekeepers are
   * its contribution to a UN mission, so a clause that names them and one list ties it to the UN,
   * not to the focus.
   */
  peacekeepers: readonly string[];
  /** Nouns of office: a sector word next to one names an office ("energy minister"), not a field of cooperation. */
  offices: readonly string[];
  /** Words that introduce examples of something said before ("citant", "notamment", "including"). */
  examples: readonly string[];
  /** Words that join a list of actors ("Mali, Burkina Faso et le Niger"). */
  listWords: readonly string[];
  /** The words that open a new clause within a sentence; see `splitClauses`. */
  clauses: {
    relatives: readonly string[];
    conjunctions: readonly string[];
    coordinators: readonly string[];
    complementizers: readonly string[];
    participles: readonly string[];
    appositives: readonly string[];
    /** Auxiliaries and adverbs between a coordinator and its verb ("and has signed", "et a ensuite livré"). */
    auxiliaries: readonly string[];
  };
  /** Words that negate the cue that follows them closely in the same clause. */
  negators: readonly string[];
  /** Verbs of reported speech, whose speaker is named next to them. */
  speech: readonly string[];
  /** Verbs that deny what follows: the claim is not proposed. */
  denials: readonly string[];
  /** Words that hedge a claim (rumour, conditional): proposed, with a warning. */
  hedges: readonly string[];
  /**
   * Verbs of accusation ("accuses", "accuse"): the accuser is no partner of the accused, and what
   * the accused is said to do is an allegation, kept with a warning like a hedge.
   */
  accusations: readonly string[];
  /** Phrases that point back to the previous sentence's sectors ("dans ce domaine"). */
  sectorAnaphora: readonly string[];
  /** Line openings of links and furniture that are not part of the story ("A LIRE AUSSI"). */
  boilerplate: readonly string[];
  /** Nouns of office that introduce a person's role. */
  roles: readonly string[];
  /** Capitalised words that open or make up names of things, not of people. */
  notNames: readonly string[];
}
