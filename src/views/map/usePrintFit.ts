import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import type { LatLngBounds, Map as LeafletMap } from 'leaflet';

/**
 * The printed map shows what the screen showed. On paper the map's frame has another size
 * (print.css), which no resize event announces, so Leaflet would print the screen's view cropped
 * at the bottom and right, or with blank margins. The print media query changes while the page is
 * laid out for print (in the browser's print dialog and in Chromium's PDF output alike), so the
 * map then measures its printed frame and fits the area it showed; the places' labels follow in
 * the same call (flushSync), before the page is printed. Afterwards the screen's view comes back
 * as it was.
 */
export function usePrintFit(map: LeafletMap | null): void {
  useEffect(
    function fitForPrint() {
      const query = map && typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
      if (!map || !query) return;
      let screen: { bounds: LatLngBounds; center: ReturnType<LeafletMap['getCenter']>; zoom: number } | null = null;
      const onChange = (event: MediaQueryListEvent) => {
        flushSync(() => {
          if (event.matches) {
            screen = { bounds: map.getBounds(), center: map.getCenter(), zoom: map.getZoom() };
            map.invalidateSize({ pan: false });
            map.fitBounds(screen.bounds, { animate: false });
          } else if (screen) {
            map.invalidateSize({ pan: false });
            map.setView(screen.center, screen.zoom, { animate: false });
            screen = null;
          }
        });
      };
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    [map],
  );
}
