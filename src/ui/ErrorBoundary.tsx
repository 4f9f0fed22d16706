import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isChunkLoadError, retryFailedChunks } from './lazyChunk';

/** What a boundary's fallback is given: the error, how many times it was tried again, and how to try again. */
export interface Failure {
  error: unknown;
  /** 0 the first time; the count of retries that failed too after that. */
  retries: number;
  retry: () => void;
}

interface Props {
  children: ReactNode;
  fallback: (failure: Failure) => ReactNode;
  /** Called once the content has failed, for whoever waits for it to draw. */
  onFailure?: () => void;
}

type State = { failed: false; retries: number } | { failed: true; error: unknown; retries: number };

/**
 * Keeps an error in what it wraps from taking the rest of the page with it: React unmounts the
 * whole tree on an error no boundary catches, which leaves `#root` empty. The fallback replaces
 * only the content that failed; trying again starts the failed chunks afresh (`lazyChunk`) and
 * renders the content anew. Code that could not be downloaded is tried again on its own as soon
 * as the browser is back online, whether its fallback is on screen or not (a closed dialog's is
 * not). React needs a class for this: no hook catches a render's error.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, retries: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { failed: true, error };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    this.props.onFailure?.();
    if (isChunkLoadError(error)) window.addEventListener('online', this.retry);
  }

  override componentWillUnmount(): void {
    window.removeEventListener('online', this.retry);
  }

  retry = (): void => {
    window.removeEventListener('online', this.retry);
    retryFailedChunks();
    this.setState((was) => ({ failed: false, retries: was.failed ? was.retries + 1 : was.retries }));
  };

  override render(): ReactNode {
    const { state } = this;
    // The count of retries is kept while the content renders again, so that a second failure says so.
    if (state.failed) return this.props.fallback({ error: state.error, retries: state.retries, retry: this.retry });
    return this.props.children;
  }
}
