import { useState, type ReactElement } from 'react';
import { useMessages } from '../state/useMessages';

type Outcome = 'idle' | 'copied' | 'failed';

/**
 * Copies the page's address, which holds the whole exploration state: `copy` for the "Share"
 * menu's entry, and `status`, the live line that says whether it worked, for beside the menu.
 */
export function useCopyLink(): { copy: () => Promise<void>; status: ReactElement } {
  const t = useMessages();
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setOutcome('copied');
    } catch {
      // No clipboard (a page opened from a file) or no permission: the person is told how to copy.
      setOutcome('failed');
    }
  };
  const status = (
    <span role="status" className={outcome === 'failed' ? 'copy-link copy-link__failed' : 'copy-link'}>
      {outcome === 'copied' ? t.link.copied : outcome === 'failed' ? t.link.copyFailed : ''}
    </span>
  );
  return { copy, status };
}
