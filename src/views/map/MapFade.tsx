import { useLayoutEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { Dataset } from '../../data/indexDataset';
import { bringsForward, reachOf } from '../../derive/pickReach';
import { followPicks } from '../../state/interaction';
import { FADED_ATTRIBUTE } from '../../styles/mapStyles';

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
      const unsubscribe = followPicks('map', (selected, pointed) => {
        container.toggleAttribute(FADED_ATTRIBUTE, bringsForward(reachOf(dataset, selected)) || bringsForward(reachOf(dataset, pointed)));
      });
      return () => {
        unsubscribe();
        container.removeAttribute(FADED_ATTRIBUTE);
      };
    },
    [map, dataset],
  );
  return null;
}
