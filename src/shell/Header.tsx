import type { Dataset } from '../data/indexDataset';
import { useLang, useMessages } from '../i18n/messages';
import { LanguageSwitch } from './LanguageSwitch';
import { ThemeSwitch } from './ThemeSwitch';
import { SourceLine } from './SourceLine';

export function Header({ dataset }: { dataset: Dataset | null }) {
  const lang = useLang();
  const t = useMessages();
  return (
    <header className="app-header">
      <div className="app-header__titles">
        {dataset && <p className="app-name">{t.appName}</p>}
        <h1>{dataset ? dataset.json.title[lang] : t.appName}</h1>
        {dataset && <SourceLine dataset={dataset} />}
      </div>
      <div className="app-header__controls">
        <ThemeSwitch />
        <LanguageSwitch />
      </div>
    </header>
  );
}
