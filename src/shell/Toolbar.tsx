import { useEffect } from 'react';
import type { Dataset } from '../data/indexDataset';
import { DataTools } from '../features/ownData/DataTools';
import { ShareTools } from '../features/share/ShareTools';
import { StoryTools } from '../features/present/StoryTools';
import { ViewNav } from './ViewNav';
import { ThemeSwitch } from '../ui/ThemeSwitch';
import { LanguageSwitch } from './LanguageSwitch';
import { useStickyHeight } from './useStickyHeight';
import './toolbar.css';
import { useMessages } from '../state/useMessages';

interface ToolbarProps {
  id: string;
  dataset: Dataset | null;
  /** Whether a phone shows it (the header's menu button); a wide screen always does. */
  open: boolean;
  /** A view link was followed: the phone's menu folds away, and the view takes the focus. */
  onNavigate: () => void;
  /** Escape in the phone's menu: it folds away, and the focus goes back to its button. */
  onEscape: () => void;
}

/**
 * The bar under the header: links to the views, the three menus of tools (data, share,
 * presentation), the theme and the language. On a wide screen it stays at the top of the window
 * as the page scrolls; on a phone it is behind the header's menu button, so that the first screen
 * shows the data.
 */
export function Toolbar({ id, dataset, open, onNavigate, onEscape }: ToolbarProps) {
  const t = useMessages();
  const ref = useStickyHeight<HTMLDivElement>();
  useEffect(
    function closeOnEscape() {
      const bar = ref.current;
      if (!bar || !open) return;
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        // An open menu or dialog inside the bar closes first, on its own.
        if (event.target instanceof Element && event.target.closest('[role="menu"], dialog')) return;
        // Closing the phone's menu is all this Escape does: the selection stays.
        event.preventDefault();
        onEscape();
      };
      bar.addEventListener('keydown', onKeyDown);
      return () => bar.removeEventListener('keydown', onKeyDown);
    },
    [ref, open, onEscape],
  );
  return (
    <div ref={ref} id={id} className={`toolbar${open ? ' is-open' : ''}`} aria-label={t.shell.tools} role="region">
      {dataset && <ViewNav onNavigate={onNavigate} />}
      {dataset && (
        <div className="toolbar__menus">
          <DataTools />
          <ShareTools dataset={dataset} />
          <StoryTools dataset={dataset} />
        </div>
      )}
      <div className="toolbar__settings">
        <ThemeSwitch />
        <LanguageSwitch />
      </div>
    </div>
  );
}
