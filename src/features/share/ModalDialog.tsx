import { useEffect, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  open: boolean;
  onClose: () => void;
  labelledBy: string;
  className?: string;
  children: ReactNode;
}

/**
 * A real modal: the native `<dialog>` shown with `showModal()`, so the page behind is inert and
 * focus stays inside; Escape and a click on the backdrop close it. Focus goes back to whatever
 * opened it. (jsdom has no `showModal`; the `open` attribute stands in for it there.)
 */
export function ModalDialog({ open, onClose, labelledBy, className, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(
    function followOpen() {
      const dialog = ref.current;
      if (!dialog) return;
      if (open && !dialog.open) {
        opener.current = document.activeElement;
        if (typeof dialog.showModal === 'function') dialog.showModal();
        else dialog.setAttribute('open', '');
        dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
      } else if (!open && dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
        if (opener.current instanceof HTMLElement) opener.current.focus();
      }
    },
    [open],
  );

  // Listeners are attached by hand: the dialog is the interactive element here, which lint rules
  // written for ordinary elements cannot tell.
  useEffect(function closeOnEscapeAndBackdrop() {
    const dialog = ref.current;
    if (!dialog) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Handled here, not by the browser's cancel, so the dashboard's own Escape (which clears
      // the selection) does not fire as well.
      event.preventDefault();
      event.stopPropagation();
      onClose();
    };
    // A click whose target is the dialog itself landed on the backdrop, outside the panel.
    const onClick = (event: MouseEvent) => {
      if (event.target === dialog) onClose();
    };
    const onCancel = (event: Event) => event.preventDefault();
    dialog.addEventListener('keydown', onKeyDown);
    dialog.addEventListener('click', onClick);
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('keydown', onKeyDown);
      dialog.removeEventListener('click', onClick);
      dialog.removeEventListener('cancel', onCancel);
    };
  }, [onClose]);

  return (
    <dialog ref={ref} className={`modal ${className ?? ''}`} aria-labelledby={labelledBy}>
      <div className="modal__panel">{open && children}</div>
    </dialog>
  );
}
