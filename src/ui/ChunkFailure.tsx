import { useEffect, useRef, type ReactNode } from 'react';
import type { Failure } from './ErrorBoundary';
import { isChunkLoadError } from './lazyChunk';
import './failure.css';
import { useMessages } from '../state/useMessages';

/**
 * What a part of the page says when it could not be shown: which part, why in plain words (its
 * code could not be downloaded, or it ran into an error), a button to try again and the technical
 * detail for whoever reports it. After a retry that failed too, the button keeps the focus, which
 * the click had put there.
 */
export function ChunkFailure({ what, failure, actions }: { what: string; failure: Failure; actions?: ReactNode }) {
  const t = useMessages().failure;
  const { error, retries, retry } = failure;
  const network = isChunkLoadError(error);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(
    function keepFocusAfterAFailedRetry() {
      if (retries > 0 && document.activeElement === document.body) button.current?.focus();
    },
    [retries],
  );

  return (
    <div className="failure" role="alert">
      <p className="failure__title">{t.title(what)}</p>
      <p>
        {network ? t.network : t.broken}
        {retries > 0 ? ` ${t.stillFailing}` : ''}
      </p>
      <p className="failure__actions">
        <button ref={button} type="button" className="button" onClick={retry}>
          {t.retry}
        </button>
        {actions}
      </p>
      <TechnicalDetail error={error} />
    </div>
  );
}

/** The error's own words, folded: what a person passes on to whoever maintains the page. */
export function TechnicalDetail({ error }: { error: unknown }) {
  const t = useMessages().failure;
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <details className="failure__detail">
      <summary>{t.detail}</summary>
      <code>{text}</code>
    </details>
  );
}
