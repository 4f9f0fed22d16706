import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { point, toggleSelection } from '../../state/interaction';
import { useTipStore, type TipStore as ViewTipStore } from '../shared/useTipStore';
import type { GridBox } from '../../derive/boxGrid';
import type { EntityRef } from '../../model/entityRef';

/** A point in pixels from the map's top-left corner. */
export interface MapPoint {
  x: number;
  y: number;
}

/**
 * What the map's tooltip describes, and what it stays clear of: the pointer (a box of no size),
 * or a place's label and point, which the tooltip must not cover (`placeMapTip`).
 */
export interface Tip {
  pick: EntityRef;
  anchor: GridBox;
}

const anchorOf = (at: MapPoint | GridBox): GridBox => ('x0' in at ? at : { x0: at.x, y0: at.y, x1: at.x, y1: at.y });

/**
 * The map's own small store for its tooltip. Only the tooltip reads it, so a pointer moving over
 * the map moves the tooltip without re-rendering the map's layers.
 */
export type MapTipStore = ViewTipStore<Tip>;

/**
 * One set of handlers for every way of pointing at the map (a country, a link, a place's label;
 * by mouse, touch or keyboard focus): it shows the hover in the map at once and hands it to the
 * other views a task later (`point`), and sets the map's own tooltip; a click or Enter toggles
 * the shared selection.
 */
export interface MapPointer {
  enter(pick: EntityRef | null, at: MapPoint | GridBox): void;
  move(at: MapPoint): void;
  leave(): void;
  toggle(pick: EntityRef | null): void;
  hideTip(): void;
}

/** The pointer handlers and the tooltip's store, both made once per map. */
export function useMapPointer(): { pointer: MapPointer; tips: MapTipStore } {
  const tips = useTipStore<Tip>();
  const pointer = useMemo<MapPointer>(() => {
    const setTip = (tip: Tip | null) => tips.setState({ tip });
    return {
      enter(pick, at) {
        point(pick, 'map');
        setTip(pick ? { pick, anchor: anchorOf(at) } : null);
      },
      move(at) {
        const was = tips.getState().tip;
        if (was) setTip({ ...was, anchor: anchorOf(at) });
      },
      leave() {
        point(null, 'map');
        setTip(null);
      },
      toggle(pick) {
        if (pick) toggleSelection(pick);
      },
      hideTip() {
        setTip(null);
      },
    };
  }, [tips]);
  return { pointer, tips };
}

/**
 * What the tooltip on show describes, if anything; while it shows, Escape hides it and clears the
 * hover. Moving the pointer over the same thing moves the tooltip but keeps its pick, so the
 * tooltip's text is not written again (`MapTooltip` follows the moves itself).
 */
export function useTipPick(tips: MapTipStore): EntityRef | null {
  const pick = useStore(tips, (s) => s.tip?.pick ?? null);
  const showing = pick !== null;
  useEffect(
    function hideTipOnEscape() {
      if (!showing) return;
      // The tooltip and the emphasis of what is pointed at must be dismissable without moving the
      // pointer or the focus (WCAG 1.4.13). The event is left alone, so the app's own Escape
      // handler still clears the selection.
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.key !== 'Escape') return;
        tips.setState({ tip: null });
        point(null, 'map');
      };
      document.addEventListener('keydown', onKeyDown);
      return () => document.removeEventListener('keydown', onKeyDown);
    },
    [tips, showing],
  );
  return pick;
}
