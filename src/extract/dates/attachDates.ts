import type { CandidateEvidence, Cue, DateMention, Draft } from '../types';
import { fromValue } from './calendar';
import { findArticleDate } from './findArticleDate';
import { findDates } from './findDates';

/**
 * The dates pass, after the candidates are built: the article's date (given by a person, else read
 * from its dateline), every date its sentences write, and each evidence's date, the one its sentence
 * speaks of. Evidence whose sentence writes no date has none of its own: the article's date stands
 * for it, as the source's date does for an undated claim of a dataset.
 */
export function attachDates(draft: Draft, given?: string): Draft {
  const articleDate =
    given && fromValue(given)?.day !== undefined ? { value: given, source: 'given' as const } : findArticleDate(draft.text, draft.lang);
  const span = articleDate?.span;
  const dates = findDates(draft.text, draft.sentences, draft.lang, articleDate?.value).filter(
    // The dateline's own date is the article's, not a date its first sentence speaks of.
    (d) => !span || d.end <= span.start || d.start >= span.end,
  );
  const dated: Draft = { ...draft, dates };
  // A draft dated again keeps no article date it no longer has.
  if (articleDate) dated.articleDate = articleDate;
  else delete dated.articleDate;
  return {
    ...dated,
    candidates: draft.candidates.map((c) => ({ ...c, evidence: c.evidence.map((e) => withDate(e, dateMentionOf(dated, e))) })),
  };
}

function withDate(evidence: CandidateEvidence, mention: DateMention | undefined): CandidateEvidence {
  const rest = { ...evidence };
  delete rest.date;
  if (!mention || mention.value === null) return rest;
  return { ...rest, date: { value: mention.value, text: mention.text, span: { start: mention.start, end: mention.end } } };
}

/**
 * The date phrase an evidence's sentence speaks of: of the sentence's dates, the one nearest its
 * status word (else its partner), in its clause rather than across a comma, since a date
 * qualifies the verb or noun next to it ("a signé le 28 février", "signed in December"). It may be
 * unplaced (`value: null`): then the evidence is undated, rather than dated by another phrase of
 * the sentence that does not qualify it.
 */
export function dateMentionOf(draft: Draft, evidence: CandidateEvidence): DateMention | undefined {
  const inSentence = (draft.dates ?? []).filter((d) => d.sentence === evidence.sentence);
  if (inSentence.length <= 1) return inSentence[0];
  const anchors = pick(evidence.cues, 'status') ?? pick(evidence.cues, 'partner') ?? [];
  if (anchors.length === 0) return inSentence[0];
  // Characters between the date and the anchor, a clause boundary between them counting as far.
  const between = (d: DateMention, a: Cue) => draft.text.slice(Math.min(d.end, a.end), Math.max(d.start, a.start));
  const gap = (d: DateMention) =>
    Math.min(...anchors.map((a) => Math.max(0, a.start - d.end, d.start - a.end) + (CLAUSE_MARK.test(between(d, a)) ? 1000 : 0)));
  return inSentence.reduce((best, d) => (gap(d) < gap(best) ? d : best));
}

const CLAUSE_MARK = /[,;:()«»"–—]/;

function pick(cues: readonly Cue[], kind: Cue['kind']): Cue[] | undefined {
  const found = cues.filter((c) => c.kind === kind && c.end > c.start);
  return found.length > 0 ? found : undefined;
}
