import { useRef, useState } from 'react';
import { useMessages } from '../../i18n/messages';
import { DraftWorkspace } from './DraftWorkspace';
import './draft.css';

/**
 * The entry to drafting a dataset from an article: a toolbar button that opens the workspace in
 * a full-screen modal dialog. The workspace is mounted only while the dialog is open, so closing
 * it drops the draft and the extractor costs nothing until it is needed.
 */
export function DraftTools() {
  const t = useMessages().draft;
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
        {open && <DraftWorkspace />}
      </dialog>
    </>
  );
}
