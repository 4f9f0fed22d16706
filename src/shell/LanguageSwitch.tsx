import { useAppStore } from '../state/store';
import { LANGS } from '../model/lang';
import { useLang, useMessages } from '../state/useMessages';

export function LanguageSwitch() {
  const lang = useLang();
  const t = useMessages();
  const setLang = useAppStore((s) => s.setLang);
  return (
    <div className="lang-switch" role="group" aria-label={t.languageSwitch}>
      {LANGS.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={lang === code}
          aria-label={t.languageNames[code]}
          onClick={() => setLang(code)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
