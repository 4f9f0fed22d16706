import { useEffect, useId, useRef, type ReactNode } from 'react';
import './dialog.css';

interface DialogProps {
  /** The dialog's heading, and so its accessible name. */
  title: string;
  /** The words of its close button, in the page's language. */
  closeLabel: string;
  /** How the owner closes it: its state decides whether the dialog shows. */
  onClose: () => void;
  /**
   * Whether it shows. A dialog mounted only while it is asked for leaves this out; one that stays
   * mounted while closed (so that what was chosen in it is still there next time) says it.
   */
  open?: boolean;
  /** A click on the backdrop closes it too: for dialogs where closing loses no work. */
  closeOnBackdrop?: boolean;
  /** `wide` for tables, `full` for a workspace that takes the whole window. */
  size?: 'normal' | 'wide' | 'full';
  className?: string;
  children: ReactNode;
}

function showAsModal(dialog: HTMLDialogElement): void {
  // jsdom has no `showModal`; the `open` attribute stands in for it there.
  if (typeof dialog.showModal === 'function') {
    if (!dialog.open) dialog.showModal();
  } else dialog.setAttribute('open', '');
}

function closeModal(dialog: HTMLDialogElement): void {
  if (typeof dialog.close === 'function') {
    if (dialog.open) dialog.close();
  } else dialog.removeAttribute('open');
}

/**
 * Every dialog of the app: the browser's own `<dialog>` opened with `showModal()`, so the page
 * behind is inert and the focus stays inside. Its title names it, a close button heads it, and
 * Escape closes it without clearing the dashboard's selection. Focus goes to the element marked
 * `data-autofocus`, else the browser's first choice (the close button), and back to whatever
 * opened it once it closes.
 */
export function Dialog({
  title,
  closeLabel,
  onClose,
  open = true,
  closeOnBackdrop = false,
  size = 'normal',
  className,
  children,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(
    function showWhileOpen() {
      const dialog = ref.current;
      if (!dialog || !open) return;
      const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      showAsModal(dialog);
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
      return () => {
        closeModal(dialog);
        opener?.focus();
      };
    },
    [open],
  );

  // Listeners are attached by hand: the dialog is the interactive element here, which lint rules
  // written for ordinary elements cannot tell.
  useEffect(
    function closeOnRequest() {
      const dialog = ref.current;
      if (!dialog) return;
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        // Handled here rather than by the browser's cancel, so that the dashboard's own Escape
        // (which clears the selection) does not run as well.
        event.preventDefault();
        event.stopPropagation();
        onClose();
      };
      // Any other request to close (Escape while the focus is outside the dialog, a phone's Back
      // gesture): the owner's state closes it, so that its state and the page agree.
      const onCancel = (event: Event) => {
        event.preventDefault();
        onClose();
      };
      // A click whose target is the dialog itself landed on the backdrop, outside the panel.
      const onClick = (event: MouseEvent) => {
        if (closeOnBackdrop && event.target === dialog) onClose();
      };
      dialog.addEventListener('keydown', onKeyDown);
      dialog.addEventListener('cancel', onCancel);
      dialog.addEventListener('click', onClick);
      return () => {
        dialog.removeEventListener('keydown', onKeyDown);
        dialog.removeEventListener('cancel', onCancel);
        dialog.removeEventListener('click', onClick);
      };
    },
    [onClose, closeOnBackdrop],
  );

  return (
    <dialog ref={ref} className={`dialog dialog--${size}${className ? ` ${className}` : ''}`} aria-labelledby={titleId}>
      <div className="dialog__panel">
        <div className="dialog__head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="button dialog__close" onClick={onClose}>
            {closeLabel}
          </button>
        </div>
        {open && children}
      </div>
    </dialog>
  );
}
