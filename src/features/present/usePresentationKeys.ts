import { useEffect, type RefObject } from 'react';

interface Moves {
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  leave(): void;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/**
 * Steps with the keys presentation clickers send (PageUp/PageDown, arrows, space). Keys pressed
 * inside the view on screen, a form field or a button belong to them (a network pans with its
 * arrows, a button takes Enter and space), so only keys aimed at the presentation itself step.
 */
export function usePresentationKeys(stage: RefObject<HTMLElement | null>, moves: Moves): void {
  useEffect(
    function stepWithKeys() {
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          moves.leave();
          return;
        }
        const target = event.target as HTMLElement | null;
        const insideControl = target?.closest('.presentation__view, button, a, input, textarea, select, summary, [role="button"]');
        const clickerKey = event.key === 'PageDown' || event.key === 'PageUp';
        if (insideControl && !clickerKey) return;
        if (NEXT.has(event.key)) moves.next();
        else if (PREVIOUS.has(event.key)) moves.previous();
        else if (event.key === 'Home') moves.first();
        else if (event.key === 'End') moves.last();
        else return;
        event.preventDefault();
        stage.current?.focus({ preventScroll: true });
      };
      // Capture, so the dashboard's own Escape (clear the selection) does not also run.
      document.addEventListener('keydown', onKeyDown, true);
      return () => document.removeEventListener('keydown', onKeyDown, true);
    },
    [stage, moves],
  );
}
