import { useEffect, useRef, type ReactNode } from 'react';
import { ErrorBoundary, type Failure } from '../ui/ErrorBoundary';
import { TechnicalDetail } from '../ui/ChunkFailure';
import { isChunkLoadError } from '../ui/lazyChunk';
import '../ui/failure.css';
import { useMessages } from '../state/useMessages';

/**
 * The last line of defence: an error that no part of the page caught (the header, the filters,
 * the details) would otherwise unmount the whole app and leave a blank page. It puts a message in
 * its place, with what failed, and three ways back: try again, reload the page, or open the page
 * again without the link's settings (filters, selection, data), in case one of them is what fails.
 */
export function AppBoundary({ children }: { children: ReactNode }) {
  return <ErrorBoundary fallback={(failure) => <AppFailure failure={failure} />}>{children}</ErrorBoundary>;
}

function AppFailure({ failure }: { failure: Failure }) {
  const messages = useMessages();
  const t = messages.failure;
  const { error, retries, retry } = failure;
  const network = isChunkLoadError(error);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(function bringTheMessageIntoFocus() {
    heading.current?.focus();
  }, []);

  return (
    <main className="app-failure">
      <p className="app-failure__name">{messages.appName}</p>
      <div className="failure" role="alert">
        <h1 ref={heading} tabIndex={-1}>
          {t.appTitle}
        </h1>
        <p>
          {network ? t.appNetwork : t.appBroken}
          {retries > 0 ? ` ${t.stillFailing}` : ''}
        </p>
        <p className="failure__actions">
          <button type="button" className="button" onClick={retry}>
            {t.retry}
          </button>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t.reload}
          </button>
          <a href={startAddress()}>{t.start}</a>
        </p>
        <TechnicalDetail error={error} />
      </div>
    </main>
  );
}

/** This page's address without the link's query or fragment (an embed's page stays an embed's page). */
function startAddress(): string {
  return window.location.href.split(/[?#]/)[0] ?? window.location.href;
}
