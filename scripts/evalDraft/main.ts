import { annotationProblems, loadCorpus } from './corpus';
import { evaluateCorpus } from './evaluateCorpus';
import { formatArticles, formatFigures } from './report';

export const USAGE = `npm run eval:draft [-- --verbose] [-- --given-hints]
  --verbose      per article: counts, false positives and misses
  --given-hints  give the extractor each article's annotated language and main country`;

/** `npm run eval:draft`: drafts every article of the corpus and prints the figures. Returns the exit code. */
export function main(args: readonly string[]): number {
  if (args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = args.filter((a) => a !== '--verbose' && a !== '--given-hints');
  if (unknown.length > 0) {
    console.error(`Unknown option ${unknown.join(' ')}.\n${USAGE}`);
    return 2;
  }
  const corpus = loadCorpus();
  const problems = corpus.flatMap(annotationProblems);
  if (problems.length > 0) {
    console.error(`The corpus has annotation problems; fix them first:\n${problems.join('\n')}`);
    return 1;
  }
  const result = evaluateCorpus(corpus, { givenHints: args.includes('--given-hints') });
  console.log(formatFigures(result));
  if (args.includes('--verbose')) console.log(`\n${formatArticles(result)}`);
  return 0;
}
