import { useSyncExternalStore } from 'react';
import { dismissUpdate, readUpdate, subscribeToUpdate } from '../offline/updateReady';
import { useMessages } from '../state/useMessages';

/**
 * Tells the person that a new version of the site has been kept for them (by the service worker,
 * on this visit online) and lets them reload into it when it suits them: the page on screen keeps
 * running the version it started with until then. Styled as the link's notices.
 */
export function UpdateNotice() {
  const t = useMessages();
  const update = useSyncExternalStore(subscribeToUpdate, readUpdate);
  if (!update) return null;
  return (
    <div className="url-notice update-notice" role="status">
      <p>{t.update.ready}</p>
      <button type="button" onClick={update.apply}>
        {t.update.reload}
      </button>
      <button type="button" onClick={dismissUpdate}>
        {t.update.later}
      </button>
    </div>
  );
}
