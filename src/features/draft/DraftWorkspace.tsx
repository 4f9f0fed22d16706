import type { Dataset } from '../../data/indexDataset';
import { useId, useMemo, useState } from 'react';
import { extractDraft, normalizeArticle } from '../../extract/extractDraft';
import type { ArticleLang } from '../../extract/types';
import { ArticleDateField } from './ArticleDateField';
import { ArticleInput } from './ArticleInput';
import { DraftReview } from './DraftReview';
import { useLang, useMessages } from '../../state/useMessages';

interface Submitted {
  text: string;
  lang: ArticleLang | null;
  focus: string | null;
  /** The article's date as a person gave it; read from the dateline when null. */
  date: string | null;
}

/**
 * The drafting workspace: the article in, a focus named or accepted, then the review. Changing
 * the focus drafts again from the same text, since every candidate is a partnership of the focus.
 */
export function DraftWorkspace({ onMerge }: { onMerge?: (label: string, dataset: Dataset) => void }) {
  const t = useMessages().draft;
  const lang = useLang();
  const id = useId();
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const draft = useMemo(
    () =>
      submitted
        ? extractDraft(submitted.text, {
            ...(submitted.lang ? { lang: submitted.lang } : {}),
            ...(submitted.focus ? { focus: submitted.focus } : {}),
            ...(submitted.date ? { date: submitted.date } : {}),
          })
        : null,
    [submitted],
  );
  const proposed = draft?.focusRanking[0]?.id;
  const nameOf = (actorId: string) => draft?.actors.find((a) => a.id === actorId)?.name[lang] ?? actorId;

  return (
    <div className="draft-workspace">
      <p>{t.intro}</p>
      <ArticleInput
        onAnalyse={(text, articleLang) => setSubmitted({ text: normalizeArticle(text), lang: articleLang, focus: null, date: null })}
      />
      {draft && submitted && (
        <>
          <div className="draft-focus">
            <label htmlFor={`${id}-focus`}>{t.focusLabel}</label>{' '}
            <select id={`${id}-focus`} value={draft.focus ?? ''} onChange={(e) => setSubmitted({ ...submitted, focus: e.target.value })}>
              {draft.focusRanking.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.id === proposed ? t.proposed(nameOf(r.id)) : nameOf(r.id)}
                </option>
              ))}
            </select>{' '}
            <span>{t.langNames[draft.lang]}</span>
          </div>
          <ArticleDateField draft={draft} onChange={(date) => setSubmitted({ ...submitted, date })} />
          {draft.focus ? (
            <DraftReview
              key={`${submitted.text.length}-${draft.focus}-${draft.lang}`}
              draft={draft}
              focus={draft.focus}
              onMerge={onMerge}
            />
          ) : (
            <p>{t.noActors}</p>
          )}
        </>
      )}
    </div>
  );
}
