import { useMemo } from 'react';
import type { Dataset } from '../data/indexDataset';
import { useAppStore } from '../state/store';
import { summarizeDataset } from '../derive/summarizeDataset';
import { SourceLine } from '../ui/SourceLine';
import { LoadProgress } from './LoadProgress';
import { DataText } from '../ui/DataText';
import { TITLE_MAX } from '../text/capLabel';
import { useLang, useMessages } from '../state/useMessages';

interface HeaderProps {
  dataset: Dataset | null;
  /** The toolbar that the menu button shows and hides on a phone (on a wide screen it is always shown). */
  toolsId: string;
  menuButtonId: string;
  toolsOpen: boolean;
  onToggleTools: () => void;
}

/** The dataset's title, its source and what it holds in one line; on a phone, the button to the tools. */
export function Header({ dataset, toolsId, menuButtonId, toolsOpen, onToggleTools }: HeaderProps) {
  const lang = useLang();
  const t = useMessages();
  // From boot until the first dataset is in (a failed first load shows its problems instead).
  const waiting = useAppStore((s) => s.dataset === null && s.load.phase !== 'failed');
  const centred = useAppStore((s) => s.from !== null && s.from !== s.dataset?.focus.id);
  const summary = useMemo(() => (dataset ? summarizeDataset(dataset) : null), [dataset]);
  return (
    <header className="app-header">
      <div className="app-header__titles">
        {/* Also there while the data loads (hidden from screen readers, as the heading says it then),
            so the heading does not move down when the dataset's title replaces the app's name. */}
        <p className="app-name" aria-hidden={dataset ? undefined : true}>
          {t.appName}
        </p>
        <h1>{dataset ? <DataText text={dataset.json.title[lang]} max={TITLE_MAX} /> : t.appName}</h1>
        {dataset && <SourceLine dataset={dataset} />}
        {summary && (
          <p className="app-header__summary">
            {t.summary(summary.partners, summary.partnerships, summary.sectors)}
            {/* A centre other than the dataset's own is said, as the views follow it. */}
            {dataset && centred && ` · ${t.viewpoint.seenFrom(dataset.focus.name[lang])}`}
          </p>
        )}
        {/* Where the source line will be, so the page below moves as little as it can once it comes. */}
        {!dataset && waiting && <LoadProgress />}
      </div>
      <button
        id={menuButtonId}
        type="button"
        className="button button--bar app-header__menu"
        aria-expanded={toolsOpen}
        aria-controls={toolsId}
        onClick={onToggleTools}
        onKeyDown={(event) => {
          // Escape folds the tools away again, and does only that: the selection stays.
          if (event.key !== 'Escape' || !toolsOpen) return;
          event.preventDefault();
          onToggleTools();
        }}
      >
        <span aria-hidden="true">☰</span> {t.shell.menu}
      </button>
    </header>
  );
}
