import { useReducer, useState } from 'react';
import type { DataIssue } from '../../data/dataIssue';
import { describeIssue } from '../../i18n/describeIssue';
import type { Draft } from '../../extract/types';
import type { Dataset } from '../../data/indexDataset';
import { loadSequence } from '../../state/loadSequence';
import { showOwnDataset } from '../../state/loadIntoStore';
import { ActorList } from './ActorList';
import { ArticleInData } from './ArticleInData';
import { AddByHand } from './AddByHand';
import { ReviewTable } from './ReviewTable';
import { downloadFile, draftFileName, publishDraft } from './publishDraft';
import { findDuplicates, reviewReducer, toRows } from './reviewRows';
import { SkippedList } from './SkippedList';
import { useLang, useMessages } from '../../state/useMessages';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'message'; text: string }
  | { kind: 'issues'; issues: DataIssue[] }
  | { kind: 'published'; n: number; json: string; path: string };

/**
 * The draft of one article under review: its actors, its candidates, and publishing, either in
 * place of the data on screen or merged into it (`onMerge` opens the merge's review).
 */
export function DraftReview({
  draft,
  focus,
  onMerge,
}: {
  draft: Draft;
  focus: string;
  onMerge?: (label: string, dataset: Dataset) => void;
}) {
  const messages = useMessages();
  const t = messages.draft;
  const lang = useLang();
  const [rows, dispatch] = useReducer(reviewReducer, draft.candidates, toRows);
  const [people, setPeople] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const nameOf = (id: string) => draft.actors.find((a) => a.id === id)?.name[lang] ?? id;

  /** Whether the accepted rows can make a dataset; if not, the outcome says why. */
  function ready(): boolean {
    const accepted = rows.filter((r) => r.decision === 'accepted');
    if (accepted.length === 0) {
      setOutcome({ kind: 'message', text: t.nothingAccepted });
      return false;
    }
    const duplicates = findDuplicates(rows);
    if (duplicates.length > 0) {
      setOutcome({
        kind: 'message',
        text: t.duplicates(duplicates.map((g) => `${g[0]!.actors.map(nameOf).join(' – ')} (${g[0]!.sector})`).join(', ')),
      });
      return false;
    }
    return true;
  }

  async function mergeIntoCurrent(merge: (label: string, dataset: Dataset) => void) {
    if (!ready()) return;
    const result = await publishDraft(draft, focus, rows, [...people]);
    if (!result.ok) return setOutcome({ kind: 'issues', issues: result.issues });
    setOutcome({ kind: 'idle' });
    merge(draftFileName(draft, focus), result.dataset);
  }

  async function publish() {
    if (!ready()) return;
    // Publishing is a load like any other: the latest one wins, and the tab keeps what it shows.
    const ticket = loadSequence.begin();
    const result = await publishDraft(draft, focus, rows, [...people]);
    if (!ticket.isCurrent()) return;
    if (!result.ok) return setOutcome({ kind: 'issues', issues: result.issues });
    if (!showOwnDataset(ticket, draftFileName(draft, focus), result.dataset)) return;
    setOutcome({
      kind: 'published',
      n: result.json.partnerships.length,
      json: JSON.stringify(result.json, null, 2),
      path: result.json.sources[0]!.text!,
    });
  }

  return (
    <div className="draft-review">
      <section aria-labelledby="draft-actors-title">
        <h3 id="draft-actors-title">{t.actorsTitle}</h3>
        <ActorList
          draft={draft}
          people={people}
          onKeepPerson={(id, keep) =>
            setPeople((s) => {
              const next = new Set(s);
              if (keep) next.add(id);
              else next.delete(id);
              return next;
            })
          }
        />
      </section>
      <section aria-labelledby="draft-candidates-title">
        <h3 id="draft-candidates-title">{t.candidatesTitle(rows.length)}</h3>
        <div className="draft-bulk">
          <button
            type="button"
            onClick={() => {
              dispatch({ type: 'acceptAll' });
              setPeople(new Set(draft.actors.filter((a) => a.kind === 'person').map((a) => a.id)));
            }}
          >
            {t.acceptAll}
          </button>
          <button
            type="button"
            onClick={() => {
              if (rows.filter((r) => r.picked).length < 2) setOutcome({ kind: 'message', text: t.mergeNeedsTwo });
              else {
                setOutcome({ kind: 'message', text: t.merged(rows.filter((r) => r.picked).length) });
                dispatch({ type: 'mergePicked' });
              }
            }}
          >
            {t.mergeSelected}
          </button>
        </div>
        <div className="draft-table__scroll">
          <ReviewTable draft={draft} focus={focus} rows={rows} dispatch={dispatch} />
        </div>
        <SkippedList draft={draft} />
      </section>
      <AddByHand draft={draft} focus={focus} dispatch={dispatch} />
      <div className="draft-publish">
        <button type="button" className="draft-publish__main" onClick={() => void publish()}>
          {t.publish}
        </button>
        {onMerge && (
          <button type="button" onClick={() => void mergeIntoCurrent(onMerge)}>
            {messages.merge.draftSubmit}
          </button>
        )}
        {outcome.kind === 'published' && (
          <>
            <button type="button" onClick={() => downloadFile(draftFileName(draft, focus), 'application/json', outcome.json)}>
              {t.downloadJson}
            </button>
            <button type="button" onClick={() => downloadFile(outcome.path.split('/').pop()!, 'text/plain', draft.text)}>
              {t.downloadText}
            </button>
          </>
        )}
      </div>
      <ArticleInData draft={draft} />
      <div role="status" className="draft-outcome">
        {outcome.kind === 'message' && <p>{outcome.text}</p>}
        {outcome.kind === 'published' && (
          <p>
            {t.published(outcome.n)} {t.downloadHint(outcome.path)}
          </p>
        )}
      </div>
      {outcome.kind === 'issues' && (
        <div role="alert">
          <p>{t.invalid}</p>
          <ul>
            {outcome.issues.map((issue, i) => (
              <li key={i}>{describeIssue(issue, lang, messages)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
