import { lazy, Suspense, useRef, useState } from 'react';
import { useMessages } from '../../i18n/messages';
import './draft.css';

// The extractor and its lexicons are a chunk of their own, fetched when a person opens the
// workspace, so the dashboard's first paint does not carry them.
const DraftWorkspace = lazy(() => import('./DraftWorkspace').then((m) => ({ default: m.DraftWorkspace })));

/**
 * The entry to drafting a dataset from an article: a toolbar button that opens the workspace in
 * a full-screen modal dialog. The workspace is mounted only while the dialog is open, so closing
 * it drops the draft and the extractor costs nothing until it is needed.
 */
export function DraftTools() {
  const messages = useMessages();
  const t = messages.draft;
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {t.open}
      </button>
      <dialog ref={dialog} className="draft-dialog" aria-labelledby="draft-dialog-title" onClose={() => setOpen(false)}>
        <div className="draft-dialog__head">
          <h2 id="draft-dialog-title">{t.title}</h2>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t.close}
          </button>
        </div>
        {open && (
          <Suspense fallback={<p role="status">{messages.loading}</p>}>
            <DraftWorkspace />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
