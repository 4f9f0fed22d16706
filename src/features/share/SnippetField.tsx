import { useId, useState } from 'react';
import { useMessages } from '../../state/useMessages';

type Outcome = 'idle' | 'copied' | 'failed';

/**
 * One snippet to copy: its name and what it is for, the code in a read-only field a person can
 * also select by hand, and a Copy button that says what it copied. `lang` marks a text written
 * in another language than the page's, so screen readers voice it right.
 */
export function SnippetField({
  label,
  hint,
  value,
  rows,
  lang,
  prose = false,
}: {
  label: string;
  hint: string;
  value: string;
  rows: number;
  lang?: string;
  prose?: boolean;
}) {
  const t = useMessages();
  const id = useId();
  const [outcome, setOutcome] = useState<{ value: string; state: Outcome }>({ value, state: 'idle' });
  // A new snippet (another view, another state) clears the last "Copied".
  const state = outcome.value === value ? outcome.state : 'idle';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setOutcome({ value, state: 'copied' });
    } catch {
      setOutcome({ value, state: 'failed' });
    }
  };
  return (
    <div className="snippet">
      <label htmlFor={`${id}-code`} className="snippet__label">
        {label}
      </label>
      <p id={`${id}-hint`} className="snippet__hint">
        {hint}
      </p>
      <div className="snippet__row">
        <textarea
          id={`${id}-code`}
          className={prose ? 'snippet__code snippet__code--prose' : 'snippet__code'}
          readOnly
          rows={rows}
          lang={lang}
          value={value}
          aria-describedby={`${id}-hint`}
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button share-button" onClick={copy} aria-label={t.share.copyWhat(label)}>
          {t.share.copy}
        </button>
      </div>
      <p role="status" className={state === 'failed' ? 'snippet__status snippet__status--failed' : 'snippet__status'}>
        {state === 'copied' ? t.share.copied : state === 'failed' ? t.share.copyFailed : ''}
      </p>
    </div>
  );
}
