import { useId } from 'react';
import { useMessages } from '../../state/useMessages';

/**
 * The controls outside the map canvas: return to the view of every partner, and the optional
 * online street basemap, off by default so the page makes no request outside its own site.
 */
export function MapToolbar({ onFit, streets, onStreets }: { onFit: () => void; streets: boolean; onStreets: (on: boolean) => void }) {
  const t = useMessages();
  const hintId = useId();
  return (
    <div className="map-toolbar screen-only">
      <button type="button" className="button button--bar map-toolbar__fit" onClick={onFit}>
        <span aria-hidden="true">⤢</span> {t.map.fitAll}
      </button>
      <label className="map-toolbar__streets">
        <input type="checkbox" role="switch" checked={streets} onChange={(e) => onStreets(e.target.checked)} aria-describedby={hintId} />
        {t.map.streets}
      </label>
      <span id={hintId} className="visually-hidden">
        {t.map.streetsHint}
      </span>
    </div>
  );
}
