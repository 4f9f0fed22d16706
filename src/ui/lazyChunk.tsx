import { createElement, lazy, useState, type ComponentProps, type ComponentType } from 'react';

// Typed as React's own `lazy` is, over any component, whose props are then read from it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = ComponentType<any>;

/** How to start each chunk whose last load failed afresh: one entry per lazily loaded component. */
const failed = new Set<() => void>();

/**
 * The stylesheets of chunks that could not be fetched. Vite adds a chunk's stylesheet to the page
 * as a `<link>` before it imports the chunk, once per page: it never adds it again, even after a
 * failure, so the view would come back unstyled. A retry replaces each failed link with a new one.
 */
const failedStyles = new Set<HTMLLinkElement>();
if (typeof document !== 'undefined') {
  document.addEventListener(
    'error',
    (event) => {
      if (event.target instanceof HTMLLinkElement && event.target.rel === 'stylesheet') failedStyles.add(event.target);
    },
    // A resource's error does not bubble; the capture phase sees it.
    true,
  );
}

/** A lazily loaded component, and how to fetch its code ahead of rendering it. */
export type Chunk<C extends AnyComponent> = ComponentType<ComponentProps<C>> & { preload(): Promise<unknown> };

/**
 * `React.lazy`, with a way to try again, and no wait once the code is in. A lazy component keeps
 * its first answer for good, a failure included: rendered again, it throws the same error without
 * asking the network. So each attempt is a lazy component of its own, behind one stable component
 * that renders the current one; `retryFailedChunks` replaces the failed ones, and the error
 * boundary that showed the failure then renders them again.
 *
 * A lazy component suspends on its first render even when its code has already arrived, and React
 * then holds the content back until 300 ms after its fallback showed (its fallback throttle): the
 * network embed of 5,000 partnerships waited 280 ms on that timer with nothing left to do. So a
 * chunk whose code came (`preload`, or an earlier render) is rendered directly, no fallback shown.
 * Each instance keeps the way it started, since switching from the lazy wrapper to the component
 * would remount it.
 *
 * The browser needs no more than that: Chromium keeps no failed module fetch in its module map
 * (whatwg/html#10327, as current Firefox and Safari do), so importing the same address again goes
 * to the network. Older browsers kept the failure; for them the boundaries also offer a reload.
 */
export function lazyChunk<C extends AnyComponent>(load: () => Promise<{ default: C }>): Chunk<C> {
  let loaded: C | null = null;
  const attempt = () =>
    load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        failed.add(renew);
        throw error;
      },
    );
  let Current = lazy(attempt);
  function renew() {
    Current = lazy(attempt);
  }
  function Chunk(props: ComponentProps<C>) {
    const [Direct] = useState<C | null>(() => loaded);
    return Direct ? createElement(Direct, props) : createElement(Current, props);
  }
  return Object.assign(Chunk, { preload: attempt });
}

/** Starts every chunk whose load has failed afresh; called before an error boundary renders its content again. */
export function retryFailedChunks(): void {
  for (const link of failedStyles) link.replaceWith(link.cloneNode());
  failedStyles.clear();
  for (const renew of failed) renew();
  failed.clear();
}

/**
 * Whether an error is a chunk of code that could not be fetched, as each browser words it
 * (Chromium, Firefox, Safari), or Vite's own for a chunk's stylesheet: the network, not the code,
 * and so worth trying again once the network is back.
 */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(message);
}
