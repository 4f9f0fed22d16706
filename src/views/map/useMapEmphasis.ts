import type { Dataset } from '../../data/indexDataset';
import { mapActorEmphasis, mapLinkEmphasis, type Emphasis, type MapHighlights } from '../../derive/mapEmphasis';
import type { Highlight } from '../../derive/relations';
import type { MapLink } from '../../derive/toMapScene';
import { memoizeLast } from '../../derive/memoizeLast';
import { hoverHighlightOf, selectionHighlightOf } from '../../state/selectors';
import { useAppStore, type AppState } from '../../state/store';
import { useMapPicks } from './mapPicks';

const pairOf = memoizeLast((selection: Highlight, hover: Highlight): MapHighlights => ({ selection, hover }));

/**
 * What the selection and the hover bring forward. Each half is the highlight the other views
 * share (`selectionHighlightOf`, `hoverHighlightOf`), so a pointer move computes the hover's once
 * for the whole page, and every country, link and place of the map reads the same pair.
 */
export function selectMapHighlights(state: Pick<AppState, 'selection' | 'hover'>, dataset: Dataset): MapHighlights {
  return pairOf(selectionHighlightOf(dataset, state.selection), hoverHighlightOf(dataset, state.hover));
}

/**
 * A place's emphasis, whether its actor is the selection itself (its label is then a pressed
 * toggle button) and whether it is the hovered pick itself, in one subscription whose answer is a
 * string, such as "hovered" or "selected pressed": the place re-renders only when its own answer
 * changes, and a pick that leaves it out leaves it alone (the map fades it with one attribute,
 * `MapFade`).
 */
export function usePlaceState(dataset: Dataset, actorId: string): { emphasis: Emphasis; pressed: boolean; pointed: boolean } {
  const state = useMapPicks((s) => {
    const emphasis = mapActorEmphasis(actorId, selectMapHighlights(s, dataset));
    const pressed = s.selection?.kind === 'actor' && s.selection.id === actorId ? ' pressed' : '';
    const pointed = s.hover?.kind === 'actor' && s.hover.id === actorId ? ' pointed' : '';
    return `${emphasis}${pressed}${pointed}`;
  });
  const [emphasis, ...flags] = state.split(' ');
  return { emphasis: emphasis as Emphasis, pressed: flags.includes('pressed'), pointed: flags.includes('pointed') };
}

/** A link's emphasis, narrow like `usePlaceState`. */
export function useMapLinkEmphasis(dataset: Dataset, link: MapLink): Emphasis {
  return useMapPicks((s) => mapLinkEmphasis(link, selectMapHighlights(s, dataset)));
}

/** Whether this actor is the selection itself (its label is then a pressed toggle button). */
export function useIsSelectedActor(actorId: string): boolean {
  return useAppStore((s) => s.selection?.kind === 'actor' && s.selection.id === actorId);
}
