import { useAppStore } from '../state/store';
import { VIEWS } from '../model/views';
import { useMessages } from '../state/useMessages';

/**
 * Jump links to each view. Choosing one records it in the link (`?view=network`), so a shared
 * link opens on the view its sender was looking at.
 */
export function ViewNav({ onNavigate }: { onNavigate?: () => void }) {
  const t = useMessages();
  const current = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  return (
    <nav className="view-nav" aria-label={t.views.nav}>
      <ul>
        {VIEWS.map((view) => (
          <li key={view}>
            <a
              href={`#view-${view}`}
              aria-current={current === view ? 'true' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onNavigate?.();
                setView(view);
              }}
            >
              {t.views.short[view]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
