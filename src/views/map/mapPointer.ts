import { useEffect, useMemo, useState } from 'react';
import { useAppStore, type Pick } from '../../state/store';

/** A point in pixels from the map's top-left corner. */
export interface MapPoint {
  x: number;
  y: number;
}

/** What the map's tooltip describes, and where it is anchored. */
export interface Tip extends MapPoint {
  pick: Pick;
}

/**
 * One set of handlers for every way of pointing at the map (a country, a link, a place's label;
 * by mouse, touch or keyboard focus): it sets the shared hover, which the other views follow, and
 * the map's own tooltip; a click or Enter toggles the shared selection.
 */
export interface MapPointer {
  enter(pick: Pick | null, at: MapPoint): void;
  move(at: MapPoint): void;
  leave(): void;
  toggle(pick: Pick | null): void;
  hideTip(): void;
}

/** Selects a pick, or clears the selection when the pick is already selected. */
export function toggleSelection(pick: Pick): void {
  const { selection, select } = useAppStore.getState();
  select(selection?.kind === pick.kind && selection.id === pick.id ? null : pick);
}

export function useMapPointer(): { pointer: MapPointer; tip: Tip | null } {
  const [tip, setTip] = useState<Tip | null>(null);
  const pointer = useMemo<MapPointer>(() => {
    const { setHover } = useAppStore.getState();
    return {
      enter(pick, at) {
        setHover(pick);
        setTip(pick ? { pick, x: at.x, y: at.y } : null);
      },
      move(at) {
        setTip((was) => (was ? { ...was, x: at.x, y: at.y } : was));
      },
      leave() {
        setHover(null);
        setTip(null);
      },
      toggle(pick) {
        if (pick) toggleSelection(pick);
      },
      hideTip() {
        setTip(null);
      },
    };
  }, []);
  const showing = tip !== null;
  useEffect(
    function hideTipOnEscape() {
      if (!showing) return;
      // The tooltip and the emphasis of what is pointed at must be dismissable without moving the
      // pointer or the focus (WCAG 1.4.13). The event is left alone, so the app's own Escape
      // handler still clears the selection.
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.key !== 'Escape') return;
        setTip(null);
        useAppStore.getState().setHover(null);
      };
      document.addEventListener('keydown', onKeyDown);
      return () => document.removeEventListener('keydown', onKeyDown);
    },
    [showing],
  );
  return { pointer, tip };
}
