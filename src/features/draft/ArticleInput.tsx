import { useId, useState } from 'react';
import type { ArticleLang } from '../../extract/types';
import { useMessages } from '../../state/useMessages';

interface Props {
  onAnalyse(text: string, lang: ArticleLang | null): void;
}

/** Where the article comes in: pasted, or read from a .txt file in the page (nothing is uploaded). */
export function ArticleInput({ onAnalyse }: Props) {
  const t = useMessages().draft;
  const id = useId();
  const [text, setText] = useState('');
  const [lang, setLang] = useState<ArticleLang | null>(null);
  const [empty, setEmpty] = useState(false);
  return (
    <form
      className="draft-input"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return setEmpty(true);
        setEmpty(false);
        onAnalyse(text, lang);
      }}
    >
      <label htmlFor={`${id}-text`}>{t.textLabel}</label>
      <textarea
        id={`${id}-text`}
        rows={8}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={empty}
        aria-describedby={empty ? `${id}-empty` : undefined}
      />
      {empty && (
        <p id={`${id}-empty`} role="alert">
          {t.emptyText}
        </p>
      )}
      <div className="draft-input__row">
        <label>
          {t.fileLabel}{' '}
          <input
            type="file"
            accept=".txt,text/plain"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (file) setText(await file.text());
            }}
          />
        </label>
        <label>
          {t.langLabel}{' '}
          <select value={lang ?? ''} onChange={(e) => setLang(e.target.value === 'fr' || e.target.value === 'en' ? e.target.value : null)}>
            <option value="">{t.langAuto}</option>
            <option value="fr">{t.langNames.fr}</option>
            <option value="en">{t.langNames.en}</option>
          </select>
        </label>
        <button type="submit">{t.analyse}</button>
      </div>
    </form>
  );
}
