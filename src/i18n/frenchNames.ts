import { COUNTRY_GRAMMAR, MUTE_H } from './frenchCountryGrammar';
import { foldAccents } from '../text/fold';
import type { Named } from './named';

/**
 * French puts an article before most names of countries and organizations, and "de" or "le"
 * merge with it: "du Mali", "de la Russie", "de l’ONU", "des Nations unies", "d’Haïti",
 * "de Sergueï Lavrov". These write a name after "de" and after a preposition that takes the bare
 * article ("pour le Mali"), from the actor's kind and a country's code, never from its spelling alone.
 */
type Article = { kind: 'none' } | { kind: 'singular'; gender: 'm' | 'f' } | { kind: 'plural' };

const NONE: Article = { kind: 'none' };
const MASCULINE: Article = { kind: 'singular', gender: 'm' };
const FEMININE: Article = { kind: 'singular', gender: 'f' };
const PLURAL: Article = { kind: 'plural' };

/**
 * A name that starts with one of these words takes its article, whatever the country or the
 * organization: "la République centrafricaine", "les Îles Salomon", "le Fonds monétaire international".
 */
const FIRST_WORDS: ReadonlyMap<string, Article> = new Map<string, Article>([
  ...[
    'republique',
    'federation',
    'principaute',
    'confederation',
    'ile',
    'organisation',
    'union',
    'alliance',
    'communaute',
    'banque',
    'cour',
    'agence',
    'force',
    'mission',
    'commission',
    'ligue',
    'operation',
    'autorite',
    'association',
    'assemblee',
    'coalition',
    'conference',
    'fondation',
    'compagnie',
    'societe',
    'entreprise',
  ].map((w) => [w, FEMININE] as const),
  ...[
    'royaume',
    'sultanat',
    'emirat',
    'fonds',
    'conseil',
    'groupe',
    'programme',
    'comite',
    'bureau',
    'tribunal',
    'parlement',
    'forum',
    'secretariat',
    'mouvement',
    'front',
    'centre',
    'institut',
    'partenariat',
    'gouvernement',
    'ministere',
  ].map((w) => [w, MASCULINE] as const),
  ...['iles', 'etats', 'emirats', 'nations', 'forces', 'terres'].map((w) => [w, PLURAL] as const),
  // "El Salvador" carries its own (Spanish) article.
  ['el', NONE],
]);

/** Organizations named by an acronym are mostly feminine (l’ONU, la CEDEAO); these are not. */
const MASCULINE_ACRONYMS: ReadonlySet<string> = new Set(['FMI', 'PNUD', 'PAM', 'HCR', 'CICR', 'CIO', 'G5', 'G7', 'G8', 'G20', 'UNICEF']);
const PLURAL_ACRONYMS: ReadonlySet<string> = new Set(['BRICS']);

function articleOf(x: Named): Article {
  const first = foldAccents(x.name).split(/[\s\-'’]/)[0] ?? '';
  if (x.kind === 'person') return NONE;
  const byWord = FIRST_WORDS.get(first);
  if (byWord) return byWord;
  if (x.kind === 'country') {
    const grammar = COUNTRY_GRAMMAR.get(x.code);
    if (!grammar?.article) return NONE;
    return grammar.plural ? PLURAL : grammar.gender === 'm' ? MASCULINE : FEMININE;
  }
  const acronym = /^[A-Z][A-Z0-9]+$/.exec(x.name.split(/[\s-]/)[0] ?? '')?.[0];
  if (!acronym) return NONE;
  if (PLURAL_ACRONYMS.has(acronym)) return PLURAL;
  return MASCULINE_ACRONYMS.has(acronym) ? MASCULINE : FEMININE;
}

/** Before a vowel, and before the mute h of Haïti, "le", "la" and "de" lose their vowel. */
function elides(x: Named): boolean {
  const first = foldAccents(x.name).charAt(0);
  if (first !== '' && 'aeiou'.includes(first)) return true;
  return first === 'h' && x.kind === 'country' && MUTE_H.has(x.code);
}

/** A name that already starts with its article ("Le Caire", "La Réunion") keeps it. */
const OWN_ARTICLE = /^(?:(les|le|la)\s+|(l)['’])/i;

/** "le Mali", "la Russie", "l’Ukraine", "les États-Unis", "Cuba": after "pour", "avec", "sur". */
export function frenchWithArticle(x: Named): string {
  if (OWN_ARTICLE.test(x.name)) return x.name;
  const article = articleOf(x);
  if (article.kind === 'none') return x.name;
  if (article.kind === 'plural') return `les ${x.name}`;
  if (elides(x)) return `l’${x.name}`;
  return `${article.gender === 'm' ? 'le' : 'la'} ${x.name}`;
}

/** "du Mali", "de la Russie", "de l’Ukraine", "des États-Unis", "d’Haïti", "de Sergueï Lavrov". */
export function frenchOf(x: Named): string {
  const own = OWN_ARTICLE.exec(x.name);
  if (own) {
    const word = (own[1] ?? own[2]!).toLowerCase();
    const rest = x.name.slice(own[0].length);
    return word === 'les' ? `des ${rest}` : word === 'le' ? `du ${rest}` : `de ${x.name}`;
  }
  const article = articleOf(x);
  if (article.kind === 'plural') return `des ${x.name}`;
  if (elides(x)) return article.kind === 'none' ? `d’${x.name}` : `de l’${x.name}`;
  if (article.kind === 'none') return `de ${x.name}`;
  return article.gender === 'm' ? `du ${x.name}` : `de la ${x.name}`;
}
