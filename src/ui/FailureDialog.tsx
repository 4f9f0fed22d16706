import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useMessages } from '../state/useMessages';

/**
 * Where a dialog that could not be shown says so: a modal of its own, in the place the person was
 * looking for the dialog, closed like the dialog would have been (its button, Escape). Mounted
 * only while the dialog is asked for; the focus goes back to where it was when it closes.
 */
export function FailureDialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const t = useMessages();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(function openAsModal() {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else dialog.setAttribute('open', '');
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      before?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="failure-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // The owner's state closes it, as it would have closed the dialog that failed.
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      <p className="failure-dialog__close">
        <button type="button" onClick={onClose}>
          {t.failure.close}
        </button>
      </p>
    </dialog>
  );
}
