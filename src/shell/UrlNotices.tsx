import { useAppStore } from '../state/store';
import { useMessages } from '../state/useMessages';

/** Says which parts of the opening link were ignored, so a mangled link is never a silent surprise. */
export function UrlNotices() {
  const t = useMessages();
  const notices = useAppStore((s) => s.urlNotices);
  const dismiss = useAppStore((s) => s.dismissUrlNotices);
  if (notices.length === 0) return null;
  return (
    <div className="url-notice" role="status">
      <p>
        {t.link.ignored}{' '}
        {notices.map((n, i) => (
          <code key={i}>{t.link.ignoredValue(n.key, n.value)}</code>
        ))}
      </p>
      <button type="button" onClick={dismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
