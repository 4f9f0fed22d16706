import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A real modal: the browser's `<dialog>` opened with `showModal()`, so focus is held inside, the
 * rest of the page is inert and Escape closes it. Focus goes back to where it was on close.
 * (jsdom has no `showModal`; the `open` attribute stands in for it there.)
 */
interface ModalDialogProps {
  title: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}

export function ModalDialog({ title, closeLabel, onClose, children, wide = false }: ModalDialogProps) {
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
      className={`data-dialog${wide ? ' data-dialog--wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // The browser would close the dialog by itself; the flow's state closes it instead.
        event.preventDefault();
        onClose();
      }}
    >
      <div className="data-dialog__head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="data-dialog__close" onClick={onClose} aria-label={closeLabel}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {children}
    </dialog>
  );
}
