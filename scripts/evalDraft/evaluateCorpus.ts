import { extractDraft, normalizeArticle } from '../../src/extract/extractDraft';
import type { ArticleLang } from '../../src/extract/types';
import type { CorpusArticle } from './corpus';
import { scoreDates, type DateCount, type DatedRelation } from './scoreDates';
import { scoreArticle, summarize, type ArticleScore, type Figures, type QuoteCount, type ScoredRelation } from './scoreDraft';

export interface DraftedArticle {
  relations: ScoredRelation[];
  quotes: QuoteCount;
  lang: ArticleLang;
  focus: string | null;
  /** Each candidate's pair and sector with the dates of its evidence (the sentence's, else the article's). */
  dated: DatedRelation[];
  articleDate: string | null;
}

/**
 * The partnerships the extractor drafts from an article, as scored: each candidate is the pair of
 * actors it names, in its sector, once for each status its evidence states. The published format
 * keeps each evidence's own status, so a candidate whose sentences disagree (a deployment, and a
 * speculation about more) is published, and scored, with both. Every sentence a candidate cites is
 * a quote, verbatim when it is found word for word in the article. This is the one place that knows
 * the draft's shape.
 */
export function draftArticle(text: string, hints: { lang?: ArticleLang; focus?: string } = {}): DraftedArticle {
  const normalized = normalizeArticle(text);
  const draft = extractDraft(normalized, hints);
  const quotes: QuoteCount = { verbatim: 0, total: 0 };
  const relations: ScoredRelation[] = [];
  const dated: DatedRelation[] = [];
  const articleDate = draft.articleDate?.value ?? null;
  for (const c of draft.candidates) {
    for (const status of new Set(c.evidence.map((e) => e.status))) relations.push({ actors: c.actors, sector: c.sector, status });
    const dates = c.evidence.map((e) => e.date?.value ?? articleDate).filter((d): d is string => d !== null);
    dated.push({ actors: c.actors, sector: c.sector, dates });
    for (const e of c.evidence) {
      const quote = draft.sentences[e.sentence]?.text ?? '';
      quotes.total += 1;
      if (quote && text.includes(quote)) quotes.verbatim += 1;
    }
  }
  return { relations, quotes, lang: draft.lang, focus: draft.focus, dated, articleDate };
}

export interface ArticleResult {
  name: string;
  lang: ArticleLang;
  expectedFocus: string;
  foundFocus: string | null;
  foundLang: ArticleLang;
  score: ArticleScore;
  /** The annotated relation dates found; not part of the figures the baseline keeps. */
  dates: DateCount;
  articleDateRight: boolean;
}

export interface CorpusResult {
  articles: ArticleResult[];
  /** Figures overall (`all`) and per language. */
  figures: Record<string, Figures>;
}

/**
 * Drafts every article and scores it against its annotation. By default the extractor gets the
 * text only, as an analyst pasting an article would give it, so choosing the language and the main
 * country is part of what is measured; `givenHints` passes the annotated language and focus.
 */
export function evaluateCorpus(articles: readonly CorpusArticle[], options: { givenHints?: boolean } = {}): CorpusResult {
  const results = articles.map((article): ArticleResult => {
    const { lang, focus } = article.annotation;
    const drafted = draftArticle(article.text, options.givenHints ? { lang, focus } : {});
    const expected = article.annotation.relations.map((r) => ({ actors: r.actors, sector: r.sector, status: r.status }));
    return {
      name: article.name,
      lang,
      expectedFocus: focus,
      foundFocus: drafted.focus,
      foundLang: drafted.lang,
      score: scoreArticle(expected, drafted.relations, drafted.quotes),
      dates: scoreDates(
        article.annotation.relations.map((r) => ({ actors: r.actors, sector: r.sector, dates: r.date ? [r.date] : [] })),
        drafted.dated,
      ),
      articleDateRight: drafted.articleDate === article.annotation.date,
    };
  });
  const figures: Record<string, Figures> = { all: groupFigures(results) };
  for (const lang of ['fr', 'en'] as const) figures[lang] = groupFigures(results.filter((r) => r.lang === lang));
  return { articles: results, figures };
}

/** The scores' figures, and the share of articles whose main country the extractor chose as annotated. */
function groupFigures(results: readonly ArticleResult[]): Figures {
  const focusRight = results.filter((r) => r.foundFocus === r.expectedFocus).length;
  return {
    ...summarize(results.map((r) => r.score)),
    'focus.right': results.length === 0 ? 1 : Math.round((focusRight / results.length) * 1000) / 1000,
  };
}
