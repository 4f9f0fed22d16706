import { useState } from 'react';
import { useMessages } from '../i18n/messages';

type Outcome = 'idle' | 'copied' | 'failed';

/** Copies the page's address, which holds the whole exploration state. */
export function CopyLinkButton() {
  const t = useMessages();
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  };
  return (
    <div className="copy-link">
      <button type="button" onClick={copy}>
        {t.link.copy}
      </button>
      <span role="status" className={outcome === 'failed' ? 'copy-link__failed' : undefined}>
        {outcome === 'copied' ? t.link.copied : outcome === 'failed' ? t.link.copyFailed : ''}
      </span>
    </div>
  );
}
