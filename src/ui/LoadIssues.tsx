import { useAppStore, type LoadState } from '../state/store';
import { useDescribeIssue } from './useDescribeIssue';
import { STORAGE_LABEL } from '../state/savedDataset';
import type { DataIssue } from '../data/dataIssue';
import { useMessages } from '../state/useMessages';

/** Problems of getting the file rather than of what is in it: reloading may be all it takes. */
const TRANSIENT = new Set([
  'unreachable',
  'unreachableOrRefused',
  'httpStatus',
  'readIncomplete',
  'cancelled',
  'serverSilent',
  'storageSilent',
  'codeUnavailable',
]);
const onlyTransient = (issues: readonly DataIssue[]) => issues.length > 0 && issues.every((i) => TRANSIENT.has(i.problem.code));

type FailedLoad = Extract<LoadState, { phase: 'failed' }>;

/**
 * Lists every problem of a failed load, each with its location, in an alert region. Only a failed
 * load asks for the problems' wording (`useDescribeIssue`): a page that loads well never downloads it.
 */
export function LoadIssues() {
  const load = useAppStore((s) => s.load);
  return load.phase === 'failed' ? <FailedLoadIssues load={load} /> : null;
}

function FailedLoadIssues({ load }: { load: FailedLoad }) {
  const t = useMessages();
  const hasDataset = useAppStore((s) => s.dataset !== null);
  const dismiss = useAppStore((s) => s.dismissLoadIssues);
  const { describe, failed, retry } = useDescribeIssue();
  return (
    <div className="load-issues" role="alert">
      <h2>{load.label === STORAGE_LABEL ? t.loadFailedKept : t.loadFailedTitle(load.label)}</h2>
      <p>
        {load.fellBack
          ? t.loadFailedShipped
          : hasDataset
            ? t.loadFailedKeep
            : onlyTransient(load.issues)
              ? t.loadFailedRetry
              : t.loadFailedNothing}
      </p>
      <p>{t.issuesCount(load.issues.length)}</p>
      {failed && (
        <p>
          {t.failure.wordingMissing}{' '}
          <button type="button" className="button" onClick={retry}>
            {t.failure.retry}
          </button>
        </p>
      )}
      {(describe || failed) && (
        <ul>
          {load.issues.map((issue, i) => (
            <li key={i}>
              {/* Without their wording, the problems' codes still say what failed, to look up or pass on. */}
              <code>{describe ? describe(issue) : issue.problem.code}</code>
            </li>
          ))}
        </ul>
      )}
      {hasDataset && (
        <button type="button" className="button" onClick={dismiss}>
          {t.dismiss}
        </button>
      )}
    </div>
  );
}
