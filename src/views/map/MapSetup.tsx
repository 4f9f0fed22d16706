import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * What the map container needs beyond its immutable options: an accessible name in the current
 * language; and wheel zoom only while the map has focus, so scrolling the page over an embedded
 * map scrolls the page. Its frame is `MapFraming`'s.
 */
export function MapSetup({ label }: { label: string }) {
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

  return null;
}
