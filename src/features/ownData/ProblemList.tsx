import { useState } from 'react';
import type { DataIssue } from '../../data/dataIssue';
import { describeIssue, describePlace, describeProblem } from '../../i18n/describeIssue';
import { useLang, useMessages } from '../../state/useMessages';

/**
 * Every problem of a failed load, each with its location and what to fix, and a button that
 * copies the whole list as plain text (one problem a line) for a colleague or a ticket.
 */
export function ProblemList({
  issues,
  onBack,
  onClose,
  intro,
}: {
  issues: readonly DataIssue[];
  /** What the person can do about them, when it is not to correct a file and load it again. */
  intro?: string;
  onBack: (() => void) | null;
  onClose: () => void;
}) {
  const messages = useMessages();
  const lang = useLang();
  const t = messages.data;
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const text = issues.map((issue) => describeIssue(issue, lang, messages)).join('\n');

  const copyList = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <div className="data-step">
      <p>{intro ?? t.problemsKeep}</p>
      <p>{t.problemsCount(issues.length)}</p>
      <ul className="data-problems" aria-label={t.problemsCount(issues.length)}>
        {issues.map((issue, i) => (
          <li key={i}>
            <code>{describePlace(issue.at, lang)}</code>
            {messages.colon}
            {describeProblem(issue.problem, lang, messages)}
          </li>
        ))}
      </ul>
      <p role="status" className="data-copy-status">
        {copy === 'copied' ? t.copied : copy === 'failed' ? t.copyFailed : ''}
      </p>
      <div className="data-step__actions">
        <button type="button" className="button" onClick={() => void copyList()}>
          {t.copy}
        </button>
        {onBack && (
          <button type="button" className="button" onClick={onBack}>
            {t.back}
          </button>
        )}
        <button type="button" className="button button--primary" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </div>
  );
}
