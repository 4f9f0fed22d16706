import { matchesIn } from '../findPhrases';
import { ORGANIZATIONS } from '../lexicon/organizations';
import type { Mention, Sentence } from '../types';

const NUMBERS: Readonly<Record<string, number>> = { deux: 2, trois: 3, quatre: 4, cinq: 5, two: 2, three: 3, four: 4, five: 5, both: 2 };
const STATE_NOUNS =
  'pays|etats|nations|capitales|gouvernements|juntes|regimes|voisins|peuples|countries|states|capitals|governments|juntas|regimes|neighbours|neighbors|peoples';
/** Nouns that, with a definite article and no number, point back at the states under discussion. */
const ANAPHORIC_NOUNS =
  'juntes(?: militaires)?|regimes militaires|gouvernements militaires|(?:military )?juntas|military regimes|military governments';
/** A regional qualifier that makes "the countries" or "the capitals" the states of the region just named. */
const REGIONAL = 'saheliens|saheliennes';
const REGIONAL_EN = 'sahel|sahelian';

const NUMBERED = new RegExp(
  `(?<![\\p{L}])(?:(?:les|ces|leurs|tous\\s+les|the|these|their|all|all\\s+the)\\s+(deux|trois|quatre|cinq|two|three|four|five)|(both))\\s+(?:[\\p{L}-]+\\s+)?(?:${STATE_NOUNS})(?![\\p{L}])`,
  'gu',
);
const UNNUMBERED = new RegExp(
  `(?<![\\p{L}])(?:(?:les|ces|the|these)\\s+(?:${ANAPHORIC_NOUNS})|(?:les|ces)\\s+(?:${STATE_NOUNS})\\s+(?:${REGIONAL})|(?:(?:the|these)\\s+)?(?:${REGIONAL_EN})\\s+(?:${STATE_NOUNS}))(?![\\p{L}])`,
  'gu',
);
const MEMBERS_BEFORE = new RegExp(
  `(?:(?:les|ces|the|these)\\s+)?(?:(?:deux|trois|quatre|cinq|two|three|four|five)\\s+)?(?:${STATE_NOUNS}|membres|members)\\s+(?:membres\\s+)?(?:de\\s+l'|de\\s+la\\s+|du\\s+|des\\s+|of\\s+the\\s+|of\\s+)$`,
  'u',
);
const MEMBERS_AFTER = new RegExp(`^\\s+(?:member\\s+)?(?:${STATE_NOUNS}|members)(?![\\p{L}])`, 'u');
/** "Les régimes militaires du Mali, du Burkina...": the members are named right there. */
const NAMED_RIGHT_AFTER = /^\s+(?:du\s|de\s+la\s|de\s+l'|des\s|d'|of\s)/u;

/**
 * Group references as mentions of their members, one per member, all on the group's words:
 * - "les pays de l'AES", "AES countries": the members of an alliance with a known membership;
 * - "les deux pays", "the three capitals", "both countries": the last list of that many countries
 *   named together ("le Mali, le Burkina et le Niger"), else the last N countries named;
 * - "les juntes", "the juntas", "les capitales sahéliennes", "Sahel juntas": the last list.
 * The antecedents are in earlier sentences: a group and a list in one sentence are most often two
 * sides ("le Ghana et la Côte d'Ivoire commercent avec les pays sahéliens"). A title comes before
 * the story it sums up: a group in it takes the longest list of the article, the story's cast.
 * `places` are capitals read as places ("à Bamako, Ouagadougou et Niamey"): they are no actor
 * of their sentence, but a later "les trois capitales" refers back to them.
 */
export function findGroupMentions(
  folded: string,
  sentences: readonly Sentence[],
  named: readonly Mention[],
  places: readonly Mention[] = [],
): Mention[] {
  const isCountry = (m: Mention) => !ORGANIZATIONS.some((o) => o.id === m.actorId);
  const countries = named.filter(isCountry).sort((a, b) => a.start - b.start);
  const lists = listsOfCountries(
    folded,
    [...countries, ...places.filter(isCountry)].sort((a, b) => a.start - b.start),
  );
  const title = sentences.find((s) => !s.skipped)?.index;
  const found: Mention[] = [];
  const add = (start: number, end: number, sentence: number, ids: readonly string[]) => {
    if (found.some((f) => start < f.end && f.start < end)) return;
    for (const actorId of ids) found.push({ actorId, start, end, sentence, via: 'group' });
  };

  for (const m of named) {
    const org = ORGANIZATIONS.find((o) => o.id === m.actorId && o.members);
    if (!org?.members) continue;
    const before = folded.slice(0, m.start).match(MEMBERS_BEFORE);
    const after = folded.slice(m.end).match(MEMBERS_AFTER);
    if (before) add(m.start - before[0].length, m.end, m.sentence, org.members);
    else if (after) add(m.start, m.end + after[0].length, m.sentence, org.members);
  }

  for (const sentence of sentences) {
    if (sentence.skipped) continue;
    const inTitle = sentence.index === title;
    const earlier = (l: { sentence: number }) => l.sentence < sentence.index;
    const castOf = (count?: number) =>
      lists
        .filter((l) => count === undefined || l.ids.length === count)
        .reduce<ListOfCountries | undefined>((best, l) => (!best || l.ids.length > best.ids.length ? l : best), undefined);
    for (const { match: m, start, end } of matchesIn(folded, sentence, NUMBERED)) {
      if (NAMED_RIGHT_AFTER.test(folded.slice(end, end + 10))) continue;
      const count = NUMBERS[m[1] ?? m[2] ?? ''] ?? 0;
      const ids = inTitle
        ? (castOf(count)?.ids ?? [])
        : (lists.filter((l) => earlier(l) && l.ids.length === count).at(-1)?.ids ??
          lastDistinct(countries.filter(earlier).reverse(), count).reverse());
      if (ids.length === count) add(start, end, sentence.index, ids);
    }
    for (const { start, end } of matchesIn(folded, sentence, UNNUMBERED)) {
      if (NAMED_RIGHT_AFTER.test(folded.slice(end, end + 10))) continue;
      const list = inTitle ? castOf() : lists.filter(earlier).at(-1);
      if (list) add(start, end, sentence.index, list.ids);
    }
  }
  return found;
}

function lastDistinct(mentions: readonly Mention[], count: number): string[] {
  const ids: string[] = [];
  for (const m of mentions) if (!ids.includes(m.actorId) && ids.length < count) ids.push(m.actorId);
  return ids;
}

/** What may stand between two countries of a list: a comma, "et", "and", "ou", "or", and an article. */
const LIST_GAP =
  /^(?:\s*,\s*|\s+(?:et|and|ou|or)\s+|\s*,\s*(?:et|and|ou|or)\s+)(?:(?:le|la|les|l'|du|de\s+la|de\s+l'|des|au|aux|the)\s*)?$/u;

interface ListOfCountries {
  sentence: number;
  ids: string[];
}

/** The lists of two or more countries, named by name or capital and joined by commas and "and". */
function listsOfCountries(folded: string, countries: readonly Mention[]): ListOfCountries[] {
  const lists: Mention[][] = [];
  for (const c of countries.filter((c) => c.via === 'name' || c.via === 'capital')) {
    const list = lists.at(-1);
    const last = list?.at(-1);
    if (list && last && LIST_GAP.test(folded.slice(last.end, c.start))) list.push(c);
    else lists.push([c]);
  }
  return lists.map((ms) => ({ sentence: ms[0]!.sentence, ids: [...new Set(ms.map((m) => m.actorId))] })).filter((l) => l.ids.length >= 2);
}
