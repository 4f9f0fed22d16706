import { matchesIn } from './findPhrases';
import { foldAccentsInPlace } from '../text/fold';
import { NAME_FORMS, type NameForm } from './countryNames';
import { findAnaphora } from './names/anaphora';
import { findGroupMentions } from './names/groupReferences';
import { ORGANIZATIONS } from './lexicon/organizations';
import type { Mention, Sentence } from './types';

const LETTER = '[\\p{L}\\p{N}]';

/** One pattern for all forms, longest first, so "Burkina Faso" wins over a shorter form inside it. */
const FORMS_BY_FOLDED = new Map<string, NameForm[]>();
for (const f of NAME_FORMS) {
  const key = foldAccentsInPlace(f.form);
  FORMS_BY_FOLDED.set(key, [...(FORMS_BY_FOLDED.get(key) ?? []), f]);
}
const ALTERNATION = [...FORMS_BY_FOLDED.keys()]
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
  .join('|');
const PATTERN = new RegExp(`(?<!${LETTER})(?:${ALTERNATION})(?!${LETTER})`, 'gu');

/**
 * Words after which a capital is a place, not the state: "à Bamako, le ministre a déclaré",
 * "talks in Moscow". French "à" is also the dative ("livré à Bamako"); the place reading is kept
 * there too, since a wrong partner costs a reviewer more than a missed one.
 */
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:a|au|en|pres de|aux abords de|in|at|near|outside|inside|around)\s+$/u;

/**
 * A force or a mission placed in a capital ("troops stationed in Niamey", "a training mission in
 * Bamako", "des instructeurs déployés à Bamako") is hosted by its state, as one placed in the
 * country is: there the capital after the preposition is the state.
 */
const HOSTED_BEFORE =
  /(?:^|[^\p{L}])(?:deployed|stationed|based|mission|troops|soldiers|instructors|deployes?|deployees?|stationnes?|stationnees?|bases|basees?|troupes|soldats|instructeurs)\s+(?:a|au|en|in|at|near)\s+$/u;

/**
 * Finds the countries and organizations each sentence names, by name, by adjective or by its
 * capital, then the group references ("les deux pays") as mentions of their members. A name must
 * be written with its capital letter (so "turkey" the bird is not Türkiye); a French adjective may
 * not be (French writes "russe"), an English one must ("Polish", not "polish"). A name followed by its acronym in parentheses ("Communauté
 * économique des États de l'Afrique de l'Ouest (CEDEAO)") counts once.
 */
export function findNamedActors(text: string, sentences: readonly Sentence[]): Mention[] {
  const folded = foldAccentsInPlace(text);
  const mentions: Mention[] = [];
  const places: Mention[] = [];
  for (const sentence of sentences) {
    if (sentence.skipped) continue;
    for (const { match: m, start, end } of matchesIn(folded, sentence, PATTERN)) {
      const original = text.slice(start, end);
      const form = FORMS_BY_FOLDED.get(m[0].replace(/\s+/g, ' '))?.find((f) => accepts(f, original));
      if (!form) continue;
      const mention: Mention = { actorId: form.actorId, start, end, sentence: sentence.index, via: form.via };
      if (form.via === 'adjective' && namesAPlace(folded, start, end)) continue;
      if (form.via === 'capital' && !readsAsState(text, folded, sentence, start, end, places.at(-1))) {
        if (original !== original.toUpperCase()) places.push(mention);
        continue;
      }
      const previous = mentions.at(-1);
      if (previous?.actorId === form.actorId && /^\s*\($/.test(text.slice(previous.end, start)) && text[end] === ')') continue;
      mentions.push(mention);
    }
  }
  const isCountry = (m: Mention) => !ORGANIZATIONS.some((o) => o.id === m.actorId);
  const groups = findGroupMentions(folded, sentences, mentions, places);
  const anaphora = findAnaphora(folded, sentences, mentions, isCountry).filter(
    (a) => !groups.some((g) => a.start < g.end && g.start < a.end),
  );
  return [...mentions, ...groups, ...anaphora].sort((a, b) => a.start - b.start);
}

/**
 * A capital is read as its state unless it is written as a place: in capitals (a dateline,
 * "BAMAKO, 3 mars"), after a locative preposition ("à Bamako", "in Moscow") or in a list that
 * one opens ("à Bamako, Ouagadougou et Niamey"), or as part of a longer name ("Washington Post",
 * "George Washington").
 */
function readsAsState(text: string, folded: string, sentence: Sentence, start: number, end: number, lastPlace?: Mention): boolean {
  const original = text.slice(start, end);
  if (original === original.toUpperCase()) return false;
  const preceding = folded.slice(sentence.start, start);
  if (LOCATIVE_BEFORE.test(preceding) && !HOSTED_BEFORE.test(preceding)) return false;
  if (lastPlace && lastPlace.sentence === sentence.index && /^\s*(?:,|,?\s*(?:et|and|ou|or))\s*$/u.test(folded.slice(lastPlace.end, start)))
    return false;
  if (/^ \p{Lu}/u.test(text.slice(end, end + 2))) return false;
  const before = text.slice(sentence.start, start).match(/(\p{Lu}[\p{L}'’-]*) $/u);
  return !before || before.index === 0 || /^(?:Le|La|Les|The|L')$/u.test(before[1]!);
}

/**
 * Nouns of a country's edges: a demonym that qualifies one ("the Beninese coast", "la frontière
 * béninoise", "le littoral sénégalais") names a place, a point on a map, not the state acting. Its
 * territory is not among them: leaving "le territoire burkinabè" ends a tie with Burkina Faso.
 */
const LAND_AFTER = /^\s+(?:coast|coastline|coasts|shore|shores|border|borders|frontier)\b/u;
const LAND_BEFORE = /(?:^|[^\p{L}])(?:cote|cotes|littoral|rivage|frontiere|frontieres)\s+$/u;

function namesAPlace(folded: string, start: number, end: number): boolean {
  return LAND_AFTER.test(folded.slice(end, end + 20)) || LAND_BEFORE.test(folded.slice(Math.max(0, start - 20), start));
}

function accepts(form: NameForm, original: string): boolean {
  if (form.exactCase) return original === form.form;
  if (form.via === 'name') return /^\p{Lu}/u.test(original);
  // "le Caire", "la Maison-Blanche": the article before a capital's name may be in lower case.
  if (form.via === 'capital') return /(?:^|[\s'’])\p{Lu}[^\s'’]*$/u.test(original);
  // English writes its demonyms with a capital: "polish" and "afghan" in lower case are other words.
  if (/^\p{Lu}/u.test(form.form)) return /^\p{Lu}/u.test(original);
  return true;
}
