import { Suspense } from 'react';
import { ChunkBoundary } from '../../ui/ChunkBoundary';
import { lazyChunk } from '../../ui/lazyChunk';
import { Dialog } from '../../ui/Dialog';
import './draft.css';
import type { Dataset } from '../../data/indexDataset';
import { useMessages } from '../../state/useMessages';

// The extractor and its lexicons are a chunk of their own, fetched when a person opens the
// workspace, so the dashboard's first paint does not carry them.
const DraftWorkspace = lazyChunk(() => import('./DraftWorkspace').then((m) => ({ default: m.DraftWorkspace })));

/**
 * Drafting a dataset from an article, in a full-screen modal dialog that the "Data" menu opens.
 * The workspace is mounted only while the dialog is open, so closing it drops the draft and the
 * extractor costs nothing until it is needed. The focus goes back to what had it when the dialog
 * opened (the menu's button) once it closes.
 */
export function DraftTools({
  open,
  onClose,
  onMerge,
}: {
  open: boolean;
  onClose: () => void;
  /** Opens the review of merging a published draft into the data on screen. */
  onMerge?: (label: string, dataset: Dataset) => void;
}) {
  const messages = useMessages();
  const t = messages.draft;

  return (
    <Dialog title={t.title} closeLabel={t.close} open={open} onClose={onClose} size="full">
      <ChunkBoundary what={t.title}>
        <Suspense fallback={<p role="status">{messages.loading}</p>}>
          <DraftWorkspace onMerge={onMerge} />
        </Suspense>
      </ChunkBoundary>
    </Dialog>
  );
}
