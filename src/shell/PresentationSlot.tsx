import { Suspense, useState, type ComponentType } from 'react';
import type { Dataset } from '../data/indexDataset';
import { useAppStore } from '../state/store';
import { ChunkBoundary } from '../ui/ChunkBoundary';
import { lazyChunk } from '../ui/lazyChunk';
import { useMessages } from '../state/useMessages';

type PresentationModule = typeof import('../features/present/Presentation');

// Presentation mode is a page of its own that most visits never open, so it is a chunk of its own.
let loaded: PresentationModule | null = null;
const load = () =>
  import('../features/present/Presentation').then((m) => {
    loaded = m;
    return m;
  });
const LazyPresentation = lazyChunk(() => load().then((m) => ({ default: m.Presentation })));

/** Fetches presentation mode's code ahead of time (the dashboard does so once it is drawn and idle). */
export function prefetchPresentation(): void {
  void load().catch(() => undefined);
}

/**
 * Presentation mode. When its code has been fetched already, it renders in the same commit as the
 * click that opened it, so it holds the focus and answers the first key at once; otherwise it
 * renders once the code arrives. The choice is made once per presentation, so it never remounts.
 */
export function PresentationSlot({ dataset }: { dataset: Dataset }) {
  const t = useMessages();
  const stopPresenting = useAppStore((s) => s.stopPresenting);
  const [Presentation] = useState<ComponentType<{ dataset: Dataset }>>(() => loaded?.Presentation ?? LazyPresentation);
  return (
    <ChunkBoundary
      what={t.present.menu}
      actions={
        <button type="button" className="button" onClick={stopPresenting}>
          {t.present.leave}
        </button>
      }
    >
      <Suspense fallback={<p role="status">{t.loading}</p>}>
        <Presentation dataset={dataset} />
      </Suspense>
    </ChunkBoundary>
  );
}
