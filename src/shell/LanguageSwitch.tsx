import { LANGS } from '../model/lang';
import { switchLang, useLang, useMessages } from '../state/useMessages';

export function LanguageSwitch() {
  const lang = useLang();
  const t = useMessages();
  return (
    <div className="lang-switch" role="group" aria-label={t.languageSwitch}>
      {LANGS.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={lang === code}
          aria-label={t.languageNames[code]}
          // The page changes language once the catalogue is in; one that could not be fetched leaves it as it was.
          onClick={() => void switchLang(code).catch(() => undefined)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
