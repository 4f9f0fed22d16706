import { useLayoutEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { Dataset } from '../../data/indexDataset';
import { mapFaded } from '../../derive/mapEmphasis';
import { FADED_ATTRIBUTE } from '../../styles/mapStyles';
import { mapPicks } from './mapPicks';
import { selectMapHighlights } from './useMapEmphasis';

/**
 * Fades every mark of the map that a pick leaves out, with one attribute on the map's container
 * that map.css reads: a hover then changes the few marks it brings forward and this attribute,
 * instead of restyling each of the hundreds of links, places and countries it leaves out.
 */
export function MapFade({ dataset }: { dataset: Dataset }) {
  const map = useMap();
  useLayoutEffect(
    function fadeWhatPicksLeaveOut() {
      const container = map.getContainer();
      const follow = (state: Parameters<typeof selectMapHighlights>[0]) => {
        container.toggleAttribute(FADED_ATTRIBUTE, mapFaded(selectMapHighlights(state, dataset)));
      };
      follow(mapPicks.getState());
      const unsubscribe = mapPicks.subscribe(follow);
      return () => {
        unsubscribe();
        container.removeAttribute(FADED_ATTRIBUTE);
      };
    },
    [map, dataset],
  );
  return null;
}
