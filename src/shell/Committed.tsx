import { useEffect } from 'react';
import type { Region } from '../views/viewComponents';

/**
 * Placed after a view inside the view's Suspense boundary, it tells when that view has been
 * committed to the page: effects in a boundary run only once everything in it has loaded.
 */
export function Committed({ region, onCommit }: { region: Region; onCommit: (region: Region) => void }) {
  useEffect(
    function reportCommitted() {
      onCommit(region);
    },
    [region, onCommit],
  );
  return null;
}
