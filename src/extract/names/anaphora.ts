import { matchesIn } from '../findPhrases';
import type { Mention, Sentence } from '../types';

/**
 * Nouns of a state's government that point back at one state: "la junte", "the junta", "le régime
 * militaire", "les autorités de transition", "the transitional government". "Le pays" / "the
 * country" is not among them: read as the subject of the sentence before, it named an aside ("Le
 * Ghana reste à l'écart. Pour les experts, le pays..." most often means the article's country),
 * and read as the article's main country, it tied that country to partners of others; neither
 * reading raised the held-out recall, so the draft leaves it unread. So are "le gouvernement" and
 * "the authorities" alone, which the same reading made lose both precision and recall there.
 */
const JUNTA_NOUNS = [
  '(?:la|cette)\\s+junte(?:\\s+militaire)?',
  'le\\s+regime\\s+militaire',
  'les\\s+autorites\\s+de\\s+(?:la\\s+)?transition',
  "(?:the|this)\\s+(?:military\\s+)?junta(?:'s)?",
  "the\\s+military\\s+(?:government|regime)(?:'s)?",
  'the\\s+transitional\\s+(?:authorities|government)',
].join('|');
const PATTERN = new RegExp(`(?<![\\p{L}])(?:${JUNTA_NOUNS})(?![\\p{L}])`, 'gu');
/** What may stand between the noun and a complement that names the state itself ("la junte malienne", "the junta in Niamey"). */
const COMPLEMENT_GAP = /^\s*(?:(?:de\s+la|de\s+l'|du|des|de|d'|of|in|at|a|au|en)\s*)?$/u;

/**
 * "La junte", "the junta" as a mention of the state whose government it is: the first country
 * named, by its name or its capital, in the nearest earlier sentence that names one. A sentence's
 * first country is most often its subject, the state its story is about ("Le Tchad a signé avec la
 * Chine. La junte..." is Chad's), and the next sentence that speaks of "the junta" goes on with it.
 * Measured on the held-out set, this reading raised recall without losing precision, where the
 * article's main country lost precision. A reference in the title, or with no earlier country, is
 * left alone, and so is one whose complement names a state right after it.
 */
export function findAnaphora(
  folded: string,
  sentences: readonly Sentence[],
  named: readonly Mention[],
  isCountry: (m: Mention) => boolean,
): Mention[] {
  const found: Mention[] = [];
  const countries = named.filter((m) => isCountry(m) && (m.via === 'name' || m.via === 'capital'));
  for (const sentence of sentences) {
    if (sentence.skipped) continue;
    for (const { start, end } of matchesIn(folded, sentence, PATTERN)) {
      if (named.some((n) => n.start >= end && COMPLEMENT_GAP.test(folded.slice(end, n.start)))) continue;
      const earlier = countries.filter((c) => c.sentence < sentence.index);
      const last = earlier.at(-1);
      if (!last) continue;
      const subject = earlier.find((c) => c.sentence === last.sentence)!;
      found.push({ actorId: subject.actorId, start, end, sentence: sentence.index, via: 'group' });
    }
  }
  return found;
}
