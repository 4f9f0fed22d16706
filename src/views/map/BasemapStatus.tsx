import { useEffect, useRef } from 'react';
import { DomEvent } from 'leaflet';
import { useMessages } from '../../state/useMessages';

/**
 * What the map says while its country outlines load, or that they could not be loaded, with a
 * button to ask for them again. It lies over the map: Leaflet would take a press on the button
 * for the start of a drag or a click on the map, so those events stop at it.
 */
export function BasemapStatus({ failed, onRetry }: { failed: boolean; onRetry: () => void }) {
  const t = useMessages();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(function keepPressesFromTheMap() {
    const element = ref.current;
    if (!element) return;
    DomEvent.disableClickPropagation(element);
  }, []);
  return (
    <p ref={ref} className="map-status" role="status">
      {failed ? t.map.basemapFailed : t.map.loadingBasemap}
      {failed && (
        <>
          {' '}
          <button type="button" className="button map-status__retry" onClick={onRetry}>
            {t.failure.retry}
          </button>
        </>
      )}
    </p>
  );
}
