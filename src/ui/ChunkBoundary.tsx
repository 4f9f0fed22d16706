import type { ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { ChunkFailure } from './ChunkFailure';
import { Dialog } from './Dialog';
import { useMessages } from '../state/useMessages';

interface Props {
  /** The part's name, in the page's language. */
  what: string;
  /** Called once the part has failed, for whoever waits for it to draw. */
  onFailure?: () => void;
  /** For a dialog: whether it is asked for now, and how its owner closes it. The failure then shows in a modal of its own. */
  dialog?: { open: boolean; onClose: () => void };
  /** More ways on, beside "try again" (leaving presentation mode, for one). */
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * Wraps a lazily loaded part of the page (a view, a dialog, the presentation, an embed): if its
 * code cannot be fetched or it fails while rendering, it says so in its place, with a way to try
 * again, and the rest of the page stays.
 */
export function ChunkBoundary({ what, onFailure, dialog, actions, children }: Props) {
  const t = useMessages();
  return (
    <ErrorBoundary
      onFailure={onFailure}
      fallback={(failure) => {
        const box = <ChunkFailure what={what} failure={failure} actions={actions} />;
        if (!dialog) return box;
        return dialog.open ? (
          <Dialog
            title={what}
            closeLabel={t.failure.close}
            onClose={() => {
              // Closed, the dialog is tried again out of sight, so that it opens next time if the network is back.
              dialog.onClose();
              failure.retry();
            }}
          >
            {box}
          </Dialog>
        ) : null;
      }}
    >
      {children}
    </ErrorBoundary>
  );
}
