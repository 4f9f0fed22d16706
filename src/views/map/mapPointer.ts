import { useEffect, useMemo, useState } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { useAppStore } from '../../state/store';
import { pointOnMap } from './mapPicks';
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
export type TipStore = StoreApi<{ tip: Tip | null }>;

/**
 * One set of handlers for every way of pointing at the map (a country, a link, a place's label;
 * by mouse, touch or keyboard focus): it shows the hover in the map at once and hands it to the
 * other views a task later (`pointOnMap`), and sets the map's own tooltip; a click or Enter
 * toggles the shared selection.
 */
export interface MapPointer {
  enter(pick: EntityRef | null, at: MapPoint | GridBox): void;
  move(at: MapPoint): void;
  leave(): void;
  toggle(pick: EntityRef | null): void;
  hideTip(): void;
}

/** Selects a pick, or clears the selection when the pick is already selected. */
export function toggleSelection(pick: EntityRef): void {
  const { selection, select } = useAppStore.getState();
  select(selection?.kind === pick.kind && selection.id === pick.id ? null : pick);
}

/** The pointer handlers and the tooltip's store, both made once per map. */
export function useMapPointer(): { pointer: MapPointer; tips: TipStore } {
  const [tips] = useState<TipStore>(() => createStore<{ tip: Tip | null }>(() => ({ tip: null })));
  const pointer = useMemo<MapPointer>(() => {
    const setTip = (tip: Tip | null) => tips.setState({ tip });
    return {
      enter(pick, at) {
        pointOnMap(pick);
        setTip(pick ? { pick, anchor: anchorOf(at) } : null);
      },
      move(at) {
        const was = tips.getState().tip;
        if (was) setTip({ ...was, anchor: anchorOf(at) });
      },
      leave() {
        pointOnMap(null);
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

/** The tooltip on show, if any; while it shows, Escape hides it and clears the hover. */
export function useTip(tips: TipStore): Tip | null {
  const tip = useStore(tips, (s) => s.tip);
  const showing = tip !== null;
  useEffect(
    function hideTipOnEscape() {
      if (!showing) return;
      // The tooltip and the emphasis of what is pointed at must be dismissable without moving the
      // pointer or the focus (WCAG 1.4.13). The event is left alone, so the app's own Escape
      // handler still clears the selection.
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.key !== 'Escape') return;
        tips.setState({ tip: null });
        pointOnMap(null);
      };
      document.addEventListener('keydown', onKeyDown);
      return () => document.removeEventListener('keydown', onKeyDown);
    },
    [tips, showing],
  );
  return tip;
}
