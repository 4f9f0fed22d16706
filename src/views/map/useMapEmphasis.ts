import { useMemo } from 'react';
import type { Dataset } from '../../data/indexDataset';
import type { EmphasisPair } from '../../derive/emphasis';
import type { MapLink } from '../../derive/toMapScene';
import { useEmphasis } from '../../state/interaction';

/**
 * A place's emphasis (`useEmphasis`), whether its actor is the selection itself (its label is then
 * a pressed toggle button) and whether it is what is pointed at itself: the place re-renders only
 * when its own answer changes, and a pick that leaves it out leaves it alone (the map fades it
 * with one attribute, `MapFade`).
 */
export function usePlaceState(dataset: Dataset, actorId: string): { emphasis: EmphasisPair; pressed: boolean; pointed: boolean } {
  const actor = useMemo(() => ({ kind: 'actor' as const, id: actorId }), [actorId]);
  const emphasis = useEmphasis(dataset, actor);
  return { emphasis, pressed: emphasis.selected === 'focus', pointed: emphasis.pointed === 'focus' };
}

/** A link's emphasis, narrow like `usePlaceState`: the link stands for the partnerships of its pair. */
export function useMapLinkEmphasis(dataset: Dataset, link: MapLink): EmphasisPair {
  const pair = useMemo(() => ({ kind: 'pair' as const, from: link.from, to: link.to, partnershipIds: link.partnershipIds }), [link]);
  return useEmphasis(dataset, pair);
}
