import { useEffect } from 'react';

/**
 * Calls `retry` as soon as the browser is back online, while `failed` holds: what could not be
 * fetched (a chunk of code, the country geometry) comes back on its own once the network does.
 */
export function useRetryWhenOnline(failed: boolean, retry: () => void): void {
  useEffect(
    function retryWhenBackOnline() {
      if (!failed) return;
      window.addEventListener('online', retry);
      return () => window.removeEventListener('online', retry);
    },
    [failed, retry],
  );
}
