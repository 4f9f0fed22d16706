import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import './toolMenu.css';

/** One entry of a tool menu: an action, or a file to download. */
export type MenuEntry =
  | { kind: 'action'; label: string; onSelect: () => void; disabled?: boolean; opensDialog?: boolean }
  | { kind: 'download'; label: string; href: string; file: string };

interface ToolMenuProps {
  label: string;
  /** The entries in order; a null is an entry that does not apply now (and is left out). */
  entries: readonly (MenuEntry | null)[];
  /** Called when a person points at or focuses the button, to fetch what the entries open. */
  onPrepare?: () => void;
}

/**
 * A menu button as the WAI-ARIA pattern describes it: the button says it opens a menu and whether
 * it is open; Enter, Space and the down arrow open it on its first entry, the up arrow on its
 * last; the arrows, Home and End move between the entries, a letter to the next entry that starts
 * with it; Escape closes it and gives the focus back to the button, as does choosing an entry,
 * so a dialog the entry opens gives the focus back to the button when it closes.
 */
export function ToolMenu({ label, entries, onPrepare }: ToolMenuProps) {
  const buttonId = useId();
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  // Which entry takes the focus once the menu is drawn open: the first, the last, or none (a click).
  const focusOnOpen = useRef<'first' | 'last' | null>(null);
  const shown = entries.filter((entry): entry is MenuEntry => entry !== null);

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const openAt = (where: 'first' | 'last') => {
    focusOnOpen.current = where;
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  useEffect(
    function focusEntryOnOpen() {
      if (!open || !focusOnOpen.current) return;
      const list = items();
      (focusOnOpen.current === 'first' ? list[0] : list.at(-1))?.focus();
      focusOnOpen.current = null;
    },
    [open],
  );

  useEffect(
    function closeOnPressOutside() {
      if (!open) return;
      const onPointerDown = (event: PointerEvent) => {
        if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
      };
      document.addEventListener('pointerdown', onPointerDown);
      return () => document.removeEventListener('pointerdown', onPointerDown);
    },
    [open],
  );

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => list[(index + list.length) % list.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') {
      // The focus goes on to the next control of the page, and the menu closes behind it.
      setOpen(false);
      return;
    } else if (event.key.length === 1 && /\S/u.test(event.key)) {
      const letter = event.key.toLocaleLowerCase();
      const next = [...list.slice(at + 1), ...list.slice(0, at + 1)].find((item) =>
        item.textContent?.trim().toLocaleLowerCase().startsWith(letter),
      );
      next?.focus();
    } else return;
    // Handled here: Escape in particular must not also clear the dashboard's selection.
    event.preventDefault();
    event.stopPropagation();
  };

  const choose = (entry: Extract<MenuEntry, { kind: 'action' }>) => {
    if (entry.disabled) return;
    // The focus is back on the button before the entry acts, so a dialog it opens returns it there.
    close(true);
    entry.onSelect();
  };

  return (
    <div ref={rootRef} className="tool-menu">
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="button button--bar tool-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => (open ? close(false) : openAt('first'))}
        onKeyDown={onButtonKeyDown}
        onPointerEnter={onPrepare}
        onFocus={onPrepare}
      >
        {label}
        <span className="tool-menu__arrow" aria-hidden="true">
          ▾
        </span>
      </button>
      {/* Kept in the page while closed, so that what an entry opened stays where it is. */}
      <ul
        ref={menuRef}
        id={menuId}
        role="menu"
        aria-labelledby={buttonId}
        className="tool-menu__list"
        hidden={!open}
        onKeyDown={onMenuKeyDown}
      >
        {shown.map((entry) => (
          <li key={entry.label} role="none">
            {entry.kind === 'action' ? (
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="tool-menu__item"
                aria-disabled={entry.disabled || undefined}
                aria-haspopup={entry.opensDialog ? 'dialog' : undefined}
                onClick={() => choose(entry)}
              >
                {entry.label}
              </button>
            ) : (
              <a
                role="menuitem"
                tabIndex={-1}
                className="tool-menu__item"
                href={entry.href}
                download={entry.file}
                onClick={() => close(true)}
              >
                {entry.label}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
