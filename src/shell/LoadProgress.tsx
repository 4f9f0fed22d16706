import { useEffect, useState } from 'react';
import { useAppStore } from '../state/store';
import { loadSequence } from '../state/loadSequence';
import { TIME_LIMITS } from '../config/timeLimits';
import './loadProgress.css';
import { useMessages } from '../state/useMessages';

/**
 * The status of the first load, where the source line will be. A load that takes more than a
 * moment says what it waits for (a link's file and host, or this browser's storage), how much has
 * arrived, and offers to cancel: the shipped dataset is then shown in its place. The shipped
 * dataset itself has nothing to fall back on, so it is not offered to cancel; its time limit
 * still ends the wait.
 */
export function LoadProgress() {
  const t = useMessages();
  const load = useAppStore((s) => (s.load.phase === 'loading' ? s.load : null));
  const [patient, setPatient] = useState(false);
  useEffect(function showDetailsIfLong() {
    const timer = setTimeout(() => setPatient(true), TIME_LIMITS.showProgressMs);
    return () => clearTimeout(timer);
  }, []);

  const shown = patient ? load : null;
  const what =
    shown?.source.kind === 'link'
      ? t.loadingFrom(shown.label, shown.source.host)
      : shown?.source.kind === 'storage'
        ? t.loadingKept
        : t.loading;
  return (
    <div className="source-line loading load-progress">
      <p role="status">{what}</p>
      {shown && shown.source.kind !== 'storage' && (
        <p className="load-progress__bytes">
          {shown.total !== null && <progress max={shown.total} value={shown.received} aria-label={t.loadingProgress} />}
          <span>{t.loadingReceived(shown.received, shown.total)}</span>
        </p>
      )}
      {shown && shown.source.kind !== 'site' && (
        <button type="button" className="button button--bar" onClick={() => loadSequence.cancelCurrent()}>
          {t.cancelLoading}
        </button>
      )}
    </div>
  );
}
