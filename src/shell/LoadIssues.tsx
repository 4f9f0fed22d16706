import { useAppStore } from '../state/store';
import { useMessages } from '../i18n/messages';
import { describeIssue } from '../i18n/describeIssue';

/** Lists every problem of a failed load, each with its location, in an alert region. */
export function LoadIssues() {
  const t = useMessages();
  const load = useAppStore((s) => s.load);
  const hasDataset = useAppStore((s) => s.dataset !== null);
  const dismiss = useAppStore((s) => s.dismissLoadIssues);
  if (load.phase !== 'failed') return null;
  return (
    <div className="load-issues" role="alert">
      <h2>{t.loadFailedTitle(load.label)}</h2>
      <p>{hasDataset ? t.loadFailedKeep : t.loadFailedNothing}</p>
      <p>{t.issuesCount(load.issues.length)}</p>
      <ul>
        {load.issues.map((issue, i) => (
          <li key={i}>
            <code>{describeIssue(issue, t)}</code>
          </li>
        ))}
      </ul>
      {hasDataset && (
        <button type="button" onClick={dismiss}>
          {t.dismiss}
        </button>
      )}
    </div>
  );
}
