import type { Dataset } from '../../data/indexDataset';
import { mapActorEmphasis, mapLinkEmphasis, type Emphasis, type MapHighlights } from '../../derive/mapEmphasis';
import { toHighlight } from '../../derive/relations';
import type { MapLink } from '../../derive/toMapScene';
import { useAppStore, type AppState } from '../../state/store';

let last: { dataset: Dataset; selection: AppState['selection']; hover: AppState['hover']; highlights: MapHighlights } | null = null;

/**
 * What the selection and the hover bring forward, remembered for the last dataset and picks.
 * Every country, link and place asks on each change of the store; they share this one
 * computation, and the half that did not change (the selection, while the pointer moves) is kept.
 */
export function selectMapHighlights(state: Pick<AppState, 'selection' | 'hover'>, dataset: Dataset): MapHighlights {
  if (last?.dataset === dataset && last.selection === state.selection && last.hover === state.hover) return last.highlights;
  const same = last?.dataset === dataset ? last : null;
  const highlights = {
    selection: same?.selection === state.selection ? same.highlights.selection : toHighlight(dataset, state.selection),
    hover: same?.hover === state.hover ? same.highlights.hover : toHighlight(dataset, state.hover),
  };
  last = { dataset, selection: state.selection, hover: state.hover, highlights };
  return highlights;
}

/**
 * A place's emphasis, and whether its actor is the selection itself (its label is then a pressed
 * toggle button), in one subscription whose answer is a string, such as "dimmed" or "selected
 * pressed": the place re-renders only when its own answer changes.
 */
export function usePlaceState(dataset: Dataset, actorId: string): { emphasis: Emphasis; pressed: boolean } {
  const state = useAppStore((s) => {
    const emphasis = mapActorEmphasis(actorId, selectMapHighlights(s, dataset));
    return s.selection?.kind === 'actor' && s.selection.id === actorId ? `${emphasis} pressed` : emphasis;
  });
  const [emphasis, pressed] = state.split(' ');
  return { emphasis: emphasis as Emphasis, pressed: pressed !== undefined };
}

/** A link's emphasis, narrow like `usePlaceState`. */
export function useMapLinkEmphasis(dataset: Dataset, link: MapLink): Emphasis {
  return useAppStore((s) => mapLinkEmphasis(link, selectMapHighlights(s, dataset)));
}

/** Whether this actor is the selection itself (its label is then a pressed toggle button). */
export function useIsSelectedActor(actorId: string): boolean {
  return useAppStore((s) => s.selection?.kind === 'actor' && s.selection.id === actorId);
}
