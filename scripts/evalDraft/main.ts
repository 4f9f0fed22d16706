import { annotationProblems, loadCorpus, loadHeldout, type CorpusArticle } from './corpus';
import { evaluateCorpus } from './evaluateCorpus';
import { formatArticles, formatFigures, formatHeldout } from './report';

export const USAGE = `npm run eval:draft [-- --verbose] [-- --given-hints] [-- --heldout]
  --verbose      per article: counts, false positives and misses (of the held-out set only with --heldout)
  --given-hints  give the extractor each article's annotated language and main country
  --heldout      score the held-out set (tests/fixtures/draftCorpus/heldout/) alone`;

const OPTIONS = ['--verbose', '--given-hints', '--heldout'];

/**
 * `npm run eval:draft`: drafts every article of the corpus and prints the figures, then the held-out
 * set's figures in a table of their own. Returns the exit code.
 */
export function main(args: readonly string[]): number {
  if (args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = args.filter((a) => !OPTIONS.includes(a));
  if (unknown.length > 0) {
    console.error(`Unknown option ${unknown.join(' ')}.\n${USAGE}`);
    return 2;
  }
  const heldoutOnly = args.includes('--heldout');
  const corpus = heldoutOnly ? [] : loadCorpus();
  const heldout = loadHeldout();
  const problems = [...corpus, ...heldout].flatMap(annotationProblems);
  if (problems.length > 0) {
    console.error(`The corpus has annotation problems; fix them first:\n${problems.join('\n')}`);
    return 1;
  }
  const options = { givenHints: args.includes('--given-hints') };
  const score = (articles: CorpusArticle[]) => evaluateCorpus(articles, options);
  if (heldoutOnly) {
    const result = score(heldout);
    console.log(formatFigures(result));
    if (args.includes('--verbose')) console.log(`\n${formatArticles(result)}`);
    return 0;
  }
  const result = score(corpus);
  console.log(formatFigures(result));
  // Only the held-out figures are printed here, never its articles' misses: whoever tunes the rules on
  // the corpus should not read what the held-out set would have them change.
  if (heldout.length > 0) console.log(`\n${formatHeldout(score(heldout))}`);
  if (args.includes('--verbose')) console.log(`\n${formatArticles(result)}`);
  return 0;
}
