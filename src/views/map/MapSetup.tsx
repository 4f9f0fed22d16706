import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { MapPlace } from '../../derive/toMapScene';
import type { Dataset } from '../../data/indexDataset';
import { fitToPlaces } from './fitToPlaces';

/**
 * What the map container needs beyond its immutable options: an accessible name in the current
 * language; wheel zoom only while the map has focus, so scrolling the page over an embedded map
 * scrolls the page; and a fresh fit to the partners whenever another dataset is loaded.
 */
export function MapSetup({ label, dataset, places }: { label: string; dataset: Dataset; places: readonly MapPlace[] }) {
  const map = useMap();

  useEffect(
    function nameContainer() {
      const container = map.getContainer();
      container.setAttribute('role', 'group');
      container.setAttribute('aria-label', label);
    },
    [map, label],
  );

  useEffect(
    function wheelZoomWhileFocused() {
      const enable = () => map.scrollWheelZoom.enable();
      const disable = () => map.scrollWheelZoom.disable();
      map.on('focus', enable);
      map.on('blur', disable);
      return () => {
        map.off('focus', enable);
        map.off('blur', disable);
      };
    },
    [map],
  );

  const fittedFor = useRef(dataset);
  useEffect(
    function fitWhenDatasetChanges() {
      if (fittedFor.current === dataset) return;
      fittedFor.current = dataset;
      fitToPlaces(map, places);
    },
    [map, dataset, places],
  );

  return null;
}
