import type { Dataset } from '../data/indexDataset';
import { useLang, useMessages } from '../i18n/messages';
import { useAppStore } from '../state/store';
import { LanguageSwitch } from './LanguageSwitch';
import { ThemeSwitch } from './ThemeSwitch';
import { SourceLine } from './SourceLine';

export function Header({ dataset }: { dataset: Dataset | null }) {
  const lang = useLang();
  const t = useMessages();
  // From boot until the first dataset is in (a failed first load shows its problems instead).
  const waiting = useAppStore((s) => s.dataset === null && s.load.phase !== 'failed');
  return (
    <header className="app-header">
      <div className="app-header__titles">
        {/* Also there while the data loads (hidden from screen readers, as the heading says it then),
            so the heading does not move down when the dataset's title replaces the app's name. */}
        <p className="app-name" aria-hidden={dataset ? undefined : true}>
          {t.appName}
        </p>
        <h1>{dataset ? dataset.json.title[lang] : t.appName}</h1>
        {dataset && <SourceLine dataset={dataset} />}
        {/* Where the source line will be, so the page below moves as little as it can once it comes. */}
        {!dataset && waiting && (
          <p className="source-line loading" role="status">
            {t.loading}
          </p>
        )}
      </div>
      <div className="app-header__controls">
        <ThemeSwitch />
        <LanguageSwitch />
      </div>
    </header>
  );
}
